# Handlers run in the main thread, even when another thread sends the signal.
import os
import signal
import threading

where = []
signal.signal(signal.SIGUSR1, lambda s, f: where.append(threading.current_thread().name))
done = threading.Event()


def sender():
    os.kill(os.getpid(), signal.SIGUSR1)
    done.set()


t = threading.Thread(target=sender)
t.start()
done.wait()
t.join()
while not where:
    done.wait(0.01)
print(where)
try:
    t2 = threading.Thread(target=lambda: signal.signal(signal.SIGUSR1, signal.SIG_DFL))
    errs = []
    threading.excepthook = lambda args: errs.append(str(args.exc_value))
    t2.start()
    t2.join()
    print(errs)
finally:
    threading.excepthook = threading.__excepthook__
