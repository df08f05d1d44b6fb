# A Value, a Lock and a Queue kept in globals made in the main guard, used by Pool
# workers: under spawn the workers import the main module without running the guard.
import multiprocessing as mp

def work(i):
    with lock:
        counter.value += i
    q.put(i)
    return i

if __name__ == "__main__":
    mp.set_start_method("spawn")
    counter = mp.Value("i", 0)
    lock = mp.Lock()
    q = mp.Queue()
    with mp.Pool(2) as pool:
        try:
            print(pool.map(work, range(4)))
        except NameError as e:
            print(type(e).__name__, e)
    print(counter.value, q.empty())
