# SIG_IGN: the signal is discarded.
import os
import signal

signal.signal(signal.SIGTERM, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGTERM)
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("still alive", signal.getsignal(signal.SIGTERM) == signal.SIG_IGN)
