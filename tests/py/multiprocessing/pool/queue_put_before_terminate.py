"""A Pool task puts on a Queue and returns; the pool is terminated as the with block ends:
every put arrives (a put still in the worker feeder's buffer was lost, about 1 run in 5)."""
import multiprocessing as mp, queue, os, sys
def work(i):
    q.put(i)
    return i * i
if __name__ == "__main__":
    counter = mp.Value("i", 0)
    lock = mp.Lock()
    q = mp.Queue()
    with mp.Pool(2) as pool:
        print(pool.map(work, range(5)))
    got = []
    try:
        for _ in range(5): got.append(q.get(timeout=3))
    except queue.Empty:
        print("EMPTY", got, counter.value, file=sys.stderr)
        sys.exit(1)
    print(counter.value, sorted(got))
