# FIFO, LIFO and priority order; qsize, empty and full.
import queue

q = queue.Queue()
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3, 9, 0]:
    q.put(x)
    lq.put(x)
    pq.put(x)
print([q.get() for i in range(7)])
print([lq.get() for i in range(7)])
print([pq.get() for i in range(7)])
b = queue.Queue(maxsize=2)
print(b.qsize(), b.empty(), b.full())
b.put("a")
b.put("b")
print(b.qsize(), b.empty(), b.full(), b.maxsize)
