# notify() wakes one waiting child, notify_all() the others.
import multiprocessing

def sleeper(cond, ready, q, i):
    with cond:
        ready.release()
        q.put((i, cond.wait(10)))

if __name__ == "__main__":
    cond = multiprocessing.Condition()
    ready = multiprocessing.Semaphore(0)
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=sleeper, args=(cond, ready, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        ready.acquire()
    with cond:
        cond.notify()
    first = q.get()
    print(first[1])
    with cond:
        cond.notify_all()
    rest = [q.get() for i in range(2)]
    print(sorted([first[0]] + [r[0] for r in rest]), all(r[1] for r in rest))
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
