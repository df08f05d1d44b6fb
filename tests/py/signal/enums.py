# The signal module's IntEnums: Signals (numbers), Handlers (SIG_DFL, SIG_IGN) and
# Sigmasks, whose members the module's constants are, and the functions answering with
# members, as CPython 3.11 prints them.
import os
import signal

print(repr(signal.SIGINT), str(signal.SIGINT), type(signal.SIGINT), int(signal.SIGINT))
print(signal.Signals, signal.Handlers, signal.Sigmasks)
print(type(signal.SIGINT).__mro__)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), repr(signal.SIG_SETMASK))
print(repr(signal.getsignal(signal.SIGTERM)), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGPIPE)))
print(signal.Signals(2), signal.Signals['SIGTERM'], signal.SIGTERM.name, signal.SIGTERM.value)
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL), repr(signal.SIGRTMAX))
print(isinstance(signal.SIGINT, int), signal.SIGINT == 2, f"{signal.SIGINT}", "%d" % signal.SIGINT)
print(len(signal.Signals), [m.name for m in signal.Signals][:5])
print(sorted(signal.valid_signals())[:3], all(isinstance(s, signal.Signals) for s in signal.valid_signals() if s < 32))
try:
    signal.Signals(99)
except ValueError as e:
    print("ValueError", e)

seen = []


def handler(signum, frame):
    seen.append((type(signum).__name__, signum))


old = signal.signal(signal.SIGUSR1, handler)
print(repr(old))
os.kill(os.getpid(), signal.SIGUSR1)
print(seen)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2]))
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2]))
try:
    signal.signal(signal.SIGUSR1, 5)
except TypeError as e:
    print("TypeError", e)
print(signal.strsignal(signal.SIGTERM))
