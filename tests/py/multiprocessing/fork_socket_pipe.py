# A 'fork' child uses the connections and sockets its parent made before start(): a Pipe
# and a socket pair held in globals, written by the child and read by the parent.
import multiprocessing as mp
import socket


def child():
    child_conn.send({"from": "child", "n": 1})
    child_conn.close()
    b.sendall(b"over the socket")
    b.close()


if __name__ == "__main__":
    mp.set_start_method("fork")
    parent_conn, child_conn = mp.Pipe()
    a, b = socket.socketpair()
    p = mp.Process(target=child)
    p.start()
    print(parent_conn.recv())
    print(a.recv(100))
    p.join()
    print("exit", p.exitcode, b.fileno() >= 0)
    b.close()
    a.settimeout(5)
    print(a.recv(100))
