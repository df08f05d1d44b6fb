# _thread: start_new_thread, allocate_lock, get_ident.
import _thread
import time

lock = _thread.allocate_lock()
done = _thread.allocate_lock()
done.acquire()
out = []


def worker(a, b):
    with lock:
        out.append(a + b)
    out.append(_thread.get_ident() != main_ident)
    done.release()


main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2))
done.acquire()
print(out, type(ident) is int, lock.locked())
try:
    _thread.start_new_thread(worker, [1, 2])
except TypeError as e:
    print(e)
try:
    _thread.start_new_thread(5, ())
except TypeError as e:
    print(e)
