# iter(q.get, None) / iter(conn.recv, "") over multiprocessing's bound methods (gpython's
# iter refused anything but a Python function).
import multiprocessing as mp


def produce(q, w):
    for x in [1, 2, 3, None]:
        q.put(x)
    for x in ["a", "b", ""]:
        w.send(x)


if __name__ == "__main__":
    q = mp.Queue()
    r, w = mp.Pipe()
    p = mp.Process(target=produce, args=(q, w))
    p.start()
    print(list(iter(q.get, None)))
    print(list(iter(r.recv, "")))
    p.join()
    print(callable(q.get), callable(r.recv), callable(p.start), callable(mp.Lock().acquire), callable(mp.Process))
