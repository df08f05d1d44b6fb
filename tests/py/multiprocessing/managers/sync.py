import multiprocessing as mp
from multiprocessing.managers import BaseManager
import time

class Counter:
    def __init__(self, start=0):
        self.n = start
    def inc(self, k=1):
        self.n += k
        return self.n
    def get(self):
        return self.n
    def _hidden(self):
        return "hidden"

class MyManager(BaseManager):
    pass

MyManager.register('Counter', Counter)

def worker(lock, ev, q, d, ns, i):
    ev.wait(10)
    with lock:
        d[i] = i * i
        ns.total = ns.total + i
    q.put(("done", i))

def bump(counter, n):
    for _ in range(n):
        counter.inc()

if __name__ == "__main__":
    with mp.Manager() as m:
        lock, ev, q, d, ns = m.Lock(), m.Event(), m.Queue(), m.dict(), m.Namespace(total=0)
        ps = [mp.Process(target=worker, args=(lock, ev, q, d, ns, i)) for i in range(4)]
        for p in ps:
            p.start()
        ev.set()
        got = sorted(q.get(timeout=10) for _ in ps)
        for p in ps:
            p.join()
        print(got)
        print(sorted(d.items()), ns.total, len(d), 3 in d, sorted(d))
        for k in d:
            pass
        print(sorted(k for k in d), list(reversed(m.list([1, 2, 3]))))
        cond = m.Condition()
        with cond:
            print(cond.wait(0.01))
        b = m.Barrier(1)
        print(b.wait(), b.parties, b.broken)
        s = m.Semaphore(2)
        print(s.acquire(), s.acquire(), s.acquire(timeout=0.01))
        l = m.list()
        l += [1, 2]
        l *= 2
        print(l, l.count(1), l.index(2))
        v = m.Value('d', 1.5)
        v.value += 1
        print(v.value, v.get())
        a = m.Array('i', [0, 1, 2])
        a[0] = 7
        print(a, len(a), a[0])
    with MyManager() as mm:
        c = mm.Counter(10)
        ps = [mp.Process(target=bump, args=(c, 5)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(c.get(), type(c).__name__)
        try:
            c._hidden()
        except AttributeError as e:
            print("AttributeError", e)
    print(mp.active_children())
    try:
        c.get()
    except Exception as e:
        print(type(e).__name__)
