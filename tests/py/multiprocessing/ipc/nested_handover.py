# A child passes the connection and the queue it inherited on to its own child.
import multiprocessing

def grandchild(conn, q):
    conn.send("from grandchild")
    q.put(multiprocessing.current_process().name)

def child(conn, q):
    p = multiprocessing.Process(target=grandchild, args=(conn, q), name="grandchild")
    p.start()
    p.join()
    conn.send(("child saw exit code", p.exitcode))

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(b, q), name="child")
    p.start()
    print(a.recv())
    print(a.recv())
    print(q.get())
    p.join()
    print(p.exitcode)
