# Sockets travel to multiprocessing children (as Process arguments) and through
# connections and queues; plain pickle refuses them.
import multiprocessing as mp
import pickle
import socket


def child_send(sock):
    sock.sendall(b"hello from child " + repr(sock.family).encode())
    sock.close()


def child_serve(listener, q):
    conn, _ = listener.accept()
    conn.sendall(conn.recv(100).upper())
    conn.close()
    listener.close()
    q.put("served")


def child_queue(q, out):
    sock = q.get()
    print("child got", type(sock).__name__, repr(sock.type))
    sock.sendall(b"through a queue")
    sock.close()
    out.put("done")


if __name__ == "__main__":
    for method in ("fork", "spawn"):
        ctx = mp.get_context(method)
        a, b = socket.socketpair()
        p = ctx.Process(target=child_send, args=(b,))
        p.start()
        b.close()
        p.join()
        print(method, a.recv(100), p.exitcode)
        a.close()

        srv = socket.create_server(("127.0.0.1", 0))
        q = ctx.Queue()
        p = ctx.Process(target=child_serve, args=(srv, q))
        p.start()
        c = socket.create_connection(srv.getsockname())
        c.sendall(b"shout")
        print(method, c.recv(100), q.get())
        p.join()
        c.close()
        srv.close()

        q, out = ctx.Queue(), ctx.Queue()
        p = ctx.Process(target=child_queue, args=(q, out))
        p.start()
        x, y = socket.socketpair()
        q.put(y)
        print(method, out.get(), x.recv(100))
        p.join()
        for s in (x, y):
            s.close()

    r, w = mp.Pipe()
    x, y = socket.socketpair()
    w.send(y)
    got = r.recv()
    got.sendall(b"via Pipe")
    print(x.recv(100), got.fileno() != y.fileno())
    for s in (x, y, got):
        s.close()
    try:
        pickle.dumps(socket.socket())
    except TypeError as e:
        print("TypeError", e)
