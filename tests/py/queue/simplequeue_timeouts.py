# SimpleQueue.get: a non-blocking get ignores its timeout (negative too), as CPython does.
import queue
q = queue.SimpleQueue()
for args in [(False, 1), (False, -1), (True, 0), (True, 0.01)]:
    try:
        q.get(*args)
    except queue.Empty:
        print("Empty", args)
    except ValueError as e:
        print("ValueError", e)
try:
    q.get(True, -1)
except ValueError as e:
    print("ValueError", e)
q.put(1)
print(q.get(False, 5), q.qsize(), q.empty())
