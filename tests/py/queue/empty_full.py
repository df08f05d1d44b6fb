# Empty and Full: non-blocking calls, time-outs and bad time-outs.
import queue

q = queue.Queue(1)
for call in [q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.02)]:
    try:
        call()
    except queue.Empty:
        print("Empty")
q.put(1)
for call in [lambda: q.put_nowait(2), lambda: q.put(2, False), lambda: q.put(2, timeout=0.02)]:
    try:
        call()
    except queue.Full:
        print("Full")
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
for exc in [queue.Empty, queue.Full]:
    try:
        raise exc
    except Exception:
        print("an Exception")
