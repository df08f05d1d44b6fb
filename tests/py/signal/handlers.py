# Python handlers for SIGUSR1/SIGUSR2/SIGHUP/SIGTERM run when the process signals itself.
import os
import signal

got = []


def handler(signum, frame):
    got.append(signum)


for sig in [signal.SIGUSR1, signal.SIGUSR2, signal.SIGHUP, signal.SIGTERM]:
    old = signal.signal(sig, handler)
    print(old == signal.SIG_DFL, signal.getsignal(sig) is handler)
    os.kill(os.getpid(), sig)
    print("after", sig, got)
signal.raise_signal(signal.SIGUSR1)
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL) is handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
