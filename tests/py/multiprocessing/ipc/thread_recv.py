# A thread blocked in recv() or get() does not hold the GIL: the main thread goes on and
# feeds it.
import threading
import multiprocessing

a, b = multiprocessing.Pipe()
q = multiprocessing.Queue()
got = []

def reader():
    got.append(b.recv())
    got.append(q.get())
    b.send("thread done")

t = threading.Thread(target=reader)
t.start()
total = sum(range(100000))
a.send(total)
q.put("from queue")
print(a.recv())
t.join()
print(got)
