# Issue 16 item 4: a thread spinning on builtins does not starve the main thread.
import threading

stop = []
items = []
spinning = threading.Event()


def spin():
    spinning.set()
    while not stop:
        items.append(1)
        items.pop()


t = threading.Thread(target=spin)
t.start()
spinning.wait()
n = len([len(items) for _ in range(1000)])
stop.append(1)
t.join()
print("main ran", n, "iterations while the thread spun")
