# setitimer/getitimer: a repeating ITIMER_REAL delivers SIGALRM several times.
import signal
import time

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
print(signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05))
delay, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < delay <= 0.05, interval)
while len(ticks) < 3:
    time.sleep(0.01)
print(signal.setitimer(signal.ITIMER_REAL, 0)[1], ticks[:3])
print(signal.getitimer(signal.ITIMER_REAL))
for bad in [(99, 1), (signal.ITIMER_REAL, -1)]:
    try:
        signal.setitimer(*bad)
    except signal.ItimerError as e:
        print(type(e).__name__, e, isinstance(e, OSError))
