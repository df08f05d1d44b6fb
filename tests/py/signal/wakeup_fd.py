# set_wakeup_fd: the signal number is written to the fd when a signal arrives.
import os
import signal

r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print("ValueError:", str(e).replace(str(w), "N"))
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda s, f: print("handler", s))
os.kill(os.getpid(), signal.SIGUSR1)
print(list(os.read(r, 10)))
print(signal.set_wakeup_fd(-1) == w)
os.close(r)
os.close(w)
