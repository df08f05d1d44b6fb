# Two threads busy calling functions both make progress (the GIL is switched at calls).
import threading

stop = [False]
counts = [0, 0]


def step(i):
    counts[i] += 1


def spin(i):
    while not stop[0]:
        step(i)


def watcher():
    while counts[0] < 1000 or counts[1] < 1000:
        step(2 - 2)
    stop[0] = True


a = threading.Thread(target=spin, args=(1,))
w = threading.Thread(target=watcher)
a.start()
w.start()
spin(0)
a.join()
w.join()
print(counts[0] >= 1000, counts[1] >= 1000)
