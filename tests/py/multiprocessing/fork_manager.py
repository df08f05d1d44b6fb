# A manager made in the main guard and a proxy of it, used by a forked child: the child
# has the manager object (address and key), so it can make new proxies and use the old.
import multiprocessing as mp

def child(q):
    d = manager.dict()
    d["x"] = 1
    shared["from child"] = True
    q.put(dict(d))

if __name__ == "__main__":
    manager = mp.Manager()
    shared = manager.dict()
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get(timeout=30))
    p.join()
    print(dict(shared), p.exitcode)
    manager.shutdown()
