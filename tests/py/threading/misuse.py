# Misuse of threads and locks raises CPython's errors.
import threading


def attempt(label, fn, *args):
    try:
        fn(*args)
        print(label, "ok")
    except (RuntimeError, ValueError, TypeError) as e:
        print(label, e)


t = threading.Thread(target=print)
attempt("join before start", t.join)
t.start()
t.join()
attempt("start twice", t.start)
attempt("join current", threading.current_thread().join)
lock = threading.Lock()
attempt("release unlocked", lock.release)
attempt("non-blocking with timeout", lock.acquire, False, 1)
attempt("negative timeout", lock.acquire, True, -5)
r = threading.RLock()
attempt("rlock release", r.release)
c = threading.Condition()
attempt("wait un-acquired", c.wait)
attempt("notify un-acquired", c.notify)
attempt("semaphore negative", threading.Semaphore, -1)
s = threading.BoundedSemaphore(1)
attempt("bounded release", s.release)
attempt("barrier zero", threading.Barrier, 0)
d = threading.Thread(target=print)
d.start()
d.join()
try:
    d.daemon = True
except RuntimeError as e:
    print("daemon after start", e)
