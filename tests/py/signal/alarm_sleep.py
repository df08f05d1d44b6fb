# alarm: a handler that returns lets sleep finish; one that raises interrupts it.
import signal
import time

log = []


def note(signum, frame):
    log.append("alarm")


signal.signal(signal.SIGALRM, note)
print(signal.alarm(1))
t0 = time.monotonic()
time.sleep(1.5)
print(log, time.monotonic() - t0 >= 1.5)


def fail(signum, frame):
    raise RuntimeError("alarm went off")


signal.signal(signal.SIGALRM, fail)
signal.alarm(1)
try:
    time.sleep(10)
except RuntimeError as e:
    print(e)
print(signal.alarm(5) == 0, signal.alarm(0) >= 4)
