# Event: wait with time-out, set wakes every waiter, clear resets.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.05))
woken = []


def waiter(i):
    e.wait()
    woken.append(i)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
e.set()
for t in ts:
    t.join()
woken.sort()
print(woken, e.is_set(), e.wait())
e.clear()
print(e.is_set())
