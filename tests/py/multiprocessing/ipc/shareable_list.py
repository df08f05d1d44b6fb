# ShareableList: CPython's on-segment layout, construction, indexing, assignment, errors.
from multiprocessing import shared_memory as sm
import pickle
sl = sm.ShareableList([1, 2.5, True, None, 'hé', b'ab\x00c', -7, 'x' * 9])
print(type(sl).__name__, type(sl.shm).__name__, len(sl), sl.format)
print(list(sl))
print(repr(sl).replace(sl.shm.name, 'NAME'))
print(sl.shm.size, bytes(sl.shm.buf[:24]))
print(bytes(sl.shm.buf[sl.shm.size - 8 * 8 - 8:]))
print(sl[0], sl[-1], sl[-8], sl[4], sl[5])
sl[0] = 'abcdefg'; sl[1] = 3; sl[3] = 1.5; sl[2] = None; sl[7] = b'short'
print(list(sl), sl.format)
sl[4] = 99; print(sl[4], sl.format)
print(sl.count(3), sl.count(None), sl.index(-7))
for bad in [lambda: sl[8], lambda: sl[100], lambda: sl.__setitem__(8, 1),
            lambda: sl.__setitem__(0, 'x' * 9), lambda: sl.__setitem__(0, [1]),
            lambda: sl.index('nope'), lambda: sm.ShareableList([[1]]),
            lambda: sm.ShareableList([{}]), lambda: sl.__setitem__(1, 2 ** 63),
            lambda: sm.ShareableList(name='gopy_no_such_sl')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(list(sl))
other = sm.ShareableList(name=sl.shm.name)
print(list(other) == list(sl), other.format == sl.format)
other[1] = 42; print(sl[1])
other.shm.close()
p = pickle.loads(pickle.dumps(sl)); print(list(p) == list(sl)); p.shm.close()
e = sm.ShareableList(); print(len(e), list(e), e.format, e.shm.size)
e2 = sm.ShareableList([]); print(len(e2), e2.shm.size)
u = sm.ShareableList(['ü' * 5, 'a' * 8, b'', '']); print(u.format, u.shm.size)
try: print(u[0])
except Exception as ex: print(type(ex).__name__)
print(u[1], u[2], repr(u[3]))
for x in (e, e2, u, sl):
    x.shm.close(); x.shm.unlink()
import os
n = sm.ShareableList(range(3), name='gopy_sl_named_%d' % os.getpid())
print(repr(n).replace(n.shm.name, 'NAME'))
n.shm.close(); n.shm.unlink()
