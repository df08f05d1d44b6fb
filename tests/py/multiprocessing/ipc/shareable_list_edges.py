# ShareableList: index quirks of CPython's algorithm, closed segment, a child writes to it.
from multiprocessing import shared_memory as sm
import multiprocessing as mp

def child(sl, i):
    sl[i] = sl[i] * 10
    sl[3] = 'from child'
    sl.shm.close()

if __name__ == '__main__':
    sl = sm.ShareableList([1, 2, 3, 'abcdefghijklmno', None, b'xyz'])
    for k in ['a', 1.0, 2 ** 70, -2 ** 70, True, -6, -7, 6, 7]:
        try:
            print(k, repr(sl[k]))
        except Exception as e:
            print(k, type(e).__name__, e)
    for k in [6, 'a', 1.0, 2 ** 70]:
        try:
            sl[k] = 5; print('set', k, 'ok')
        except Exception as e:
            print('set', k, type(e).__name__, e)
    print(list(sl), sl.format)
    ps = [mp.Process(target=child, args=(sl, i)) for i in range(3)]
    for p in ps:
        p.start(); p.join()
    print(list(sl), [p.exitcode for p in ps])
    print(sl.count(b'xyz'), sl.index(None), 5 in sl, 'from child' in sl)
    for bad in [lambda: sm.ShareableList([1], name=3), lambda: sm.ShareableList(5),
                lambda: sm.ShareableList([1], nam='x')]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
    sl.shm.close()
    for f in [lambda: sl[0], lambda: len(sl), lambda: sl.format]:
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)
    sl.shm.unlink()
