# Queue in one process: FIFO order, copies, qsize/empty/full, put_nowait/get_nowait,
# queue.Empty and queue.Full, timeouts.
import queue
import multiprocessing

q = multiprocessing.Queue()
print(type(q).__name__, q.empty(), q.qsize())
item = {"list": [1, 2]}
q.put(item)
for i in range(5):
    q.put(i)
got = q.get()
print(got, got is item)
print([q.get() for i in range(5)])
print(q.empty(), q.qsize(), q.full())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(False)
except queue.Empty:
    print("Empty without blocking")
q.put_nowait("x")
print(q.get(True, 1))

b = multiprocessing.Queue(2)
b.put(1)
b.put(2)
print(b.qsize(), b.full())
try:
    b.put(3, timeout=0.05)
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put_nowait(3)
except queue.Full:
    print("Full without blocking")
print(b.get(), b.get(), b.full(), b.qsize())
b.put(4, block=False)
print(b.get(block=True, timeout=None))

c = multiprocessing.Queue(maxsize=-5)
for i in range(100):
    c.put(i)
print(sum(c.get() for i in range(100)))
c.close()
try:
    c.put(1)
except ValueError as e:
    print("ValueError", str(e).endswith("is closed"))
try:
    c.get()
except ValueError as e:
    print("ValueError", str(e).endswith("is closed"))
c.join_thread()
d = multiprocessing.Queue()
try:
    d.join_thread()
except AssertionError as e:
    print("AssertionError", str(e).endswith("not closed"))
d.cancel_join_thread()
