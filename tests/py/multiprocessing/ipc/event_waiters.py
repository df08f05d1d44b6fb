# Several children wait on one Event; set() wakes them all; clear() and wait(timeout).
import multiprocessing

def waiter(ev, q, i):
    q.put((i, ev.wait(10)))

if __name__ == "__main__":
    ev = multiprocessing.Event()
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=waiter, args=(ev, q, i)) for i in range(3)]
    for p in ps:
        p.start()
    ev.set()
    print(sorted(q.get() for p in ps))
    for p in ps:
        p.join()
    ev.clear()
    print(ev.is_set(), ev.wait(0.05))
