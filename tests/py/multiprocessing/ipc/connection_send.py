# A Connection sent through a connection or a queue reaches the other process as a working
# Connection (CPython's resource sharer); plain pickle keeps the handle number.
import multiprocessing as mp, pickle

def worker(q, ctl):
    c = q.get()                 # a Connection received through a queue
    c.send('via queue from child')
    d = ctl.recv()              # one received through a connection
    d.send(d.recv() * 2)
    c.close(); d.close()

if __name__ == '__main__':
    q = mp.Queue()
    ctl_parent, ctl_child = mp.Pipe()
    p = mp.Process(target=worker, args=(q, ctl_child))
    p.start()
    a, b = mp.Pipe()
    q.put(b)
    print(a.recv())
    x, y = mp.Pipe()
    ctl_parent.send(y)
    x.send(21)
    print(x.recv())
    p.join()
    print(p.exitcode)
    # In the same process, a Connection sent through a pipe is a new object on a new fd.
    s1, s2 = mp.Pipe()
    r1, r2 = mp.Pipe()
    s1.send(r2)
    got = s2.recv()
    print(type(got).__name__, got.fileno() != r2.fileno(), got.readable, got.writable)
    got.send('hello'); print(r1.recv())
    one_way_r, one_way_w = mp.Pipe(False)
    s1.send(one_way_w); w2 = s2.recv(); print(w2.readable, w2.writable)
    w2.send_bytes(b'simplex'); print(one_way_r.recv_bytes())
    # Plain pickle keeps the handle: a closed connection comes back closed.
    closed_a, closed_b = mp.Pipe(); closed_a.close()
    print(pickle.loads(pickle.dumps(closed_a)).closed)
    try:
        s1.send(closed_a)
    except Exception as e:
        print(type(e).__name__, e)
    sq = mp.SimpleQueue(); sq.put(s1); print(type(sq.get()).__name__)
