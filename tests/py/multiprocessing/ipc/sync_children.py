# Locks, semaphores, events and conditions passed to children work across processes.
import multiprocessing

def try_lock(lock, q):
    q.put(("held elsewhere", lock.acquire(False)))
    q.put(("acquired after release", lock.acquire(timeout=10)))
    lock.release()

def release_rlock(rlock, q):
    try:
        rlock.release()
    except AssertionError as e:
        q.put(("AssertionError", str(e)))

def release_foreign(lock):
    lock.release()

def wait_event(ev, q):
    q.put(("event", ev.wait(10)))

def count_sem(sem, q):
    got = 0
    while sem.acquire(False):
        got += 1
    q.put(("semaphore tokens", got))

def wait_cond(cond, q, ready):
    with cond:
        ready.set()
        q.put(("notified", cond.wait(10)))

if __name__ == "__main__":
    q = multiprocessing.Queue()
    lock = multiprocessing.Lock()
    lock.acquire()
    p = multiprocessing.Process(target=try_lock, args=(lock, q))
    p.start()
    print(q.get())
    lock.release()
    print(q.get())
    p.join()
    print(lock.acquire(False))
    p = multiprocessing.Process(target=release_foreign, args=(lock,))
    p.start()
    p.join()
    print("released by the child:", lock.acquire(False))
    lock.release()

    rlock = multiprocessing.RLock()
    rlock.acquire()
    p = multiprocessing.Process(target=release_rlock, args=(rlock, q))
    p.start()
    p.join()
    print(q.get())
    rlock.release()

    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_event, args=(ev, q))
    p.start()
    ev.set()
    print(q.get())
    p.join()

    sem = multiprocessing.Semaphore(3)
    sem.acquire()
    p = multiprocessing.Process(target=count_sem, args=(sem, q))
    p.start()
    p.join()
    print(q.get(), sem.get_value())

    cond = multiprocessing.Condition()
    ready = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_cond, args=(cond, q, ready))
    p.start()
    ready.wait(10)
    with cond:
        cond.notify()
    print(q.get())
    p.join()
    print(p.exitcode)
