# signal.signal and getsignal reject what CPython rejects.
import signal


def h(signum, frame):
    pass


for sig in [signal.SIGKILL, signal.SIGSTOP]:
    try:
        signal.signal(sig, h)
    except OSError:
        print("OSError for", sig)
for sig in [0, -1, 65, 1000]:
    try:
        signal.signal(sig, h)
    except ValueError as e:
        print(e)
    try:
        signal.getsignal(sig)
    except ValueError as e:
        print(e)
for bad in [5, "x", None]:
    try:
        signal.signal(signal.SIGUSR1, bad)
    except TypeError as e:
        print(e)
try:
    signal.signal("x", h)
except TypeError as e:
    print("TypeError")
