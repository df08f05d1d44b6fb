# A connection passed to a child as a Process argument works there: the child talks to the
# parent through both ends of a duplex pipe.
import multiprocessing

def worker(conn, n):
    conn.send({"hello from": multiprocessing.current_process().name})
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg * n)
    conn.close()

if __name__ == "__main__":
    parent, child = multiprocessing.Pipe()
    p = multiprocessing.Process(target=worker, args=(child, 3), name="worker")
    p.start()
    print(parent.recv())
    for m in [1, "ab", [0]]:
        parent.send(m)
        print(parent.recv())
    parent.send(None)
    p.join()
    print(p.exitcode)
    child.close()
    try:
        parent.recv()
    except EOFError:
        print("EOFError once the child's end is closed everywhere")
