# Pool workers start from the parent's state at the time each worker is made: a RawValue
# and a Lock made in the main guard are shared by all of them, and a worker that replaces
# one that finished its tasks (maxtasksperchild) sees the globals as they are then.
import multiprocessing as mp

def bump(i):
    with lock:
        v.value += 1
    return i

def read(wait):
    if wait:
        go.wait(30)
    return setting

if __name__ == "__main__":
    v = mp.RawValue("i", 0)
    lock = mp.Lock()
    with mp.Pool(2) as pool:
        print(sorted(pool.map(bump, range(10))), v.value)
    setting = "made first"
    go = mp.Event()
    with mp.Pool(1, maxtasksperchild=1) as pool:
        first = pool.apply_async(read, (True,))
        setting = "changed later"
        go.set()
        print(first.get(30))
        print(pool.apply(read, (False,)))
