# Processes started from threads in a script without a main guard: each forked child
# starts from the state at its start(), whichever thread calls it.
import multiprocessing as mp, threading

def work(tag, q):
    q.put((tag, shared["n"]))

q = mp.Queue()
shared = {"n": 0}
results = []

def starter(i):
    p = mp.Process(target=work, args=("thread %d" % i, q))
    p.start()
    p.join()
    results.append(p.exitcode)

for i in range(3):
    shared["n"] = i
    t = threading.Thread(target=starter, args=(i,))
    t.start()
    t.join()
print(sorted(q.get(timeout=10) for _ in range(3)), results)
