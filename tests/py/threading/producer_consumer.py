# A producer and two consumers sharing a list guarded by a Condition.
import threading

items = []
done = [False]
cond = threading.Condition()
consumed = []


def producer():
    for i in range(20):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        done[0] = True
        cond.notify_all()


def consumer():
    while True:
        with cond:
            while not items and not done[0]:
                cond.wait()
            if not items:
                return
            x = items[0]
            del items[0]
        consumed.append(x * x)


cs = [threading.Thread(target=consumer) for i in range(2)]
for c in cs:
    c.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for c in cs:
    c.join()
consumed.sort()
print(consumed)
print(len(consumed))
