# pthread_sigmask: a blocked signal waits until it is unblocked.
import os
import signal

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
old = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(sorted(old))
os.kill(os.getpid(), signal.SIGUSR1)
print("blocked", got)
print(sorted(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])))
print("unblocked", got)
