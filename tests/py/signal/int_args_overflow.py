# Integer arguments of signal, sys and lock functions: CPython's ranges and OverflowErrors.
import signal, sys, threading
for name, f in [("signal", lambda v: signal.signal(v, signal.SIG_DFL)), ("getsignal", signal.getsignal), ("alarm", lambda v: signal.alarm(v) if v > 2**40 or v < 0 else None),
                ("strsignal", signal.strsignal), ("pthread_sigmask how", lambda v: signal.pthread_sigmask(v, [])), ("siginterrupt", lambda v: signal.siginterrupt(v, False)),
                ("setrecursionlimit", lambda v: sys.setrecursionlimit(v) if v > 2**40 or v < 0 else None), ("set_wakeup_fd", lambda v: signal.set_wakeup_fd(v)),
                ("lock acquire", lambda v: threading.Lock().acquire(v) if v > 2**40 else None)]:
    res = []
    for v in [2**31, 2**32 + 2, -2**31 - 1, 2**63, 2**64, -1]:
        try:
            f(v); res.append("ok")
        except Exception as e:
            res.append("%s: %s" % (type(e).__name__, e))
    print(name, "|", " || ".join(res))
