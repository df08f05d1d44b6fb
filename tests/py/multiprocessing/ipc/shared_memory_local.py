# SharedMemory: create, attach by name, pickle (by name), close, unlink, CPython's errors.
from multiprocessing import shared_memory as sm
s = sm.SharedMemory(create=True, size=10)
print(repr(s)[:18], s.size, type(s.buf).__name__, len(s.buf), s.name[:4])
s.buf[0] = 5; s.buf[1:4] = b'abc'
t = sm.SharedMemory(s.name)
print(bytes(t.buf[:4]), t.size)
t.close(); print(t.buf)
import pickle; u = pickle.loads(pickle.dumps(s)); print(bytes(u.buf[:4])); u.close()
s.close(); s.unlink()
for kw in [dict(create=True, size=0), dict(create=True, size=-1), dict(name='nope_zz'), dict(create=False)]:
    try: sm.SharedMemory(**kw)
    except Exception as e: print(type(e).__name__, e)
import os
xname = 'gopytest_x_%d' % os.getpid()  # unique: runs of the suite may overlap
x = sm.SharedMemory(name=xname, create=True, size=3)
try: sm.SharedMemory(name=xname, create=True, size=3)
except Exception as e: print(type(e).__name__, str(e).replace(xname, 'X'))
print(repr(x).replace(xname, 'X')); x.close(); x.unlink()
try: x.unlink()
except Exception as e: print(type(e).__name__, str(e).replace(xname, 'X'))
