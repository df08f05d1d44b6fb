# SimpleQueue: unbounded FIFO with get time-outs.
import queue
import threading

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
t = threading.Thread(target=lambda: [sq.put(i) for i in range(5)])
t.start()
t.join()
print([sq.get() for i in range(5)], sq.empty())
try:
    sq.get(timeout=0.02)
except queue.Empty:
    print("Empty")
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty nowait")
