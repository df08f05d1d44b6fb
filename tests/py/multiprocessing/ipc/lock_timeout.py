# A lock held by a child: the parent's acquire with a timeout gives up, then succeeds once
# the child releases it.
import multiprocessing

def holder(lock, held, release):
    with lock:
        held.set()
        release.wait(10)

if __name__ == "__main__":
    lock = multiprocessing.RLock()
    held, release = multiprocessing.Event(), multiprocessing.Event()
    p = multiprocessing.Process(target=holder, args=(lock, held, release))
    p.start()
    held.wait(10)
    print(lock.acquire(timeout=0.1), lock.acquire(False), lock)
    release.set()
    print(lock.acquire(timeout=10), lock)
    lock.release()
    p.join()
    print(p.exitcode)
