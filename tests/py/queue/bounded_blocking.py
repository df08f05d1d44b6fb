# A producer blocks on a full bounded queue until the consumer takes items.
import queue
import threading

q = queue.Queue(maxsize=2)
got = []


def consumer():
    for i in range(10):
        got.append(q.get())


c = threading.Thread(target=consumer)
c.start()
for i in range(10):
    q.put(i)
c.join()
print(got, q.qsize())
