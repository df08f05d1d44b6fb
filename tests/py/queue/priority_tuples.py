# PriorityQueue with (priority, item) tuples.
import queue

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    pq.put(item)
while not pq.empty():
    print(pq.get())
