# A Value, a Lock and a Queue kept in globals made in the main guard, used by Pool
# workers: forked workers have them, shared with the parent.
import multiprocessing as mp

def work(i):
    with lock:
        counter.value += i
    q.put(i)
    return i * i

if __name__ == "__main__":
    counter = mp.Value("i", 0)
    lock = mp.Lock()
    q = mp.Queue()
    with mp.Pool(2) as pool:
        print(pool.map(work, range(5)))
    print(counter.value, sorted(q.get(timeout=10) for _ in range(5)))
    raw = mp.RawValue("d", 1.5)
    def bump():
        raw.value *= 2
    p = mp.Process(target=bump)
    p.start()
    p.join()
    print(raw.value)
