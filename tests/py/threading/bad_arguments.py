# Bad arguments to the thread, lock, queue, time and signal functions give CPython's errors.
import threading, _thread, queue, signal, time
def attempt(label, fn, *a, **k):
    try:
        r = fn(*a, **k)
        print(label, "->", r)
    except BaseException as e:
        print(label, type(e).__name__, e)
l = threading.Lock()
attempt("signal one arg", signal.signal, 1)
attempt("signal three args", signal.signal, 1, 2, 3)
attempt("getsignal two args", signal.getsignal, 1, 2)
attempt("acq None", l.acquire, True, None)
attempt("acq kw", l.acquire, blocking=False)
l.release()
attempt("acq str", l.acquire, "x")
attempt("acq big", l.acquire, True, 1e300)
attempt("acq extra", l.acquire, True, 1, 2)
attempt("sleep big", time.sleep, 1e300)
attempt("sleep float nan", time.sleep, float("nan"))
attempt("signal no args", signal.signal)
attempt("getsignal str", signal.getsignal, "x")
attempt("alarm neg", signal.alarm, -1)
attempt("alarm str", signal.alarm, "x")
attempt("raise_signal 0", signal.raise_signal, 0)

attempt("Signals bad", signal.Signals, "x")
attempt("start_new_thread no args", _thread.start_new_thread)
attempt("sem acquire nb timeout", threading.Semaphore().acquire, False, 1)
attempt("Timer bad", threading.Timer, "x", print)
attempt("join str", threading.Thread(target=print).join, "x")
attempt("interrupt_main bad", _thread.interrupt_main, 99)
attempt("local args", threading.local, 1)
attempt("barrier wait neg", threading.Barrier(1).wait, -1)
