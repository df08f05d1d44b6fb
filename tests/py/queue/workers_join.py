# Worker threads drain a queue; task_done/join waits for all tasks.
import queue
import threading

q = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * item)
        q.task_done()


ws = [threading.Thread(target=worker) for i in range(4)]
for w in ws:
    w.start()
for i in range(40):
    q.put(i)
q.join()
print(len(results), sum(results))
for w in ws:
    q.put(None)
for w in ws:
    w.join()
print(q.unfinished_tasks, q.empty())
try:
    q.task_done()
except ValueError as e:
    print(e)
