# Large messages through a Pipe and a Queue between processes (larger than the pipe's
# buffer, so both sides wait for each other), and a child that puts items and exits before
# the parent reads them.
import multiprocessing

def send_big(conn, n):
    conn.send_bytes(bytes(n))
    conn.send(list(range(n // 8)))
    data = conn.recv_bytes()
    conn.send(len(data))

def put_big(q, n):
    q.put(bytes(n))
    q.put("after")

def put_small(q):
    for i in range(10):
        q.put(i)

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    p = multiprocessing.Process(target=send_big, args=(b, 1 << 20))
    p.start()
    print(len(a.recv_bytes()))
    print(len(a.recv()))
    a.send_bytes(bytes(3 << 20))
    print(a.recv())
    p.join()
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=put_big, args=(q, 2 << 20))
    p.start()
    print(len(q.get()), q.get())
    p.join()
    q2 = multiprocessing.Queue()
    p = multiprocessing.Process(target=put_small, args=(q2,))
    p.start()
    p.join()
    print(p.exitcode, [q2.get() for i in range(10)])
