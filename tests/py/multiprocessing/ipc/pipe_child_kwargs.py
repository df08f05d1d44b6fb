# Connections travel in kwargs, inside containers and twice in the same arguments; a closed
# connection arrives closed (as in a forked child).
import multiprocessing

def worker(conns, out=None, again=None):
    for c in conns:
        c.send(c.readable)
    out.send(("out is again", out.fileno() == again.fileno()))

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    r, w = multiprocessing.Pipe(False)
    p = multiprocessing.Process(target=worker, args=([b],), kwargs={"out": w, "again": w})
    p.start()
    print(a.recv())
    print(r.recv())
    p.join()
    print(p.exitcode)
    x, y = multiprocessing.Pipe()
    y.close()
    q = multiprocessing.Process(target=worker, args=([y],))
    q.start()
    q.join()
    print(q.exitcode)
