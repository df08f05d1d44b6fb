# Listener and Client over TCP and Unix sockets, with and without an authkey; a wrong key
# is AuthenticationError on both sides; a closed listener.
import multiprocessing
from multiprocessing.connection import Listener, Client

def serve(address, key):
    with Client(address, authkey=key) as c:
        c.send({"hello": [1, 2, (3,)]})
        c.send(c.recv() * 2)

if __name__ == "__main__":
    for address in [("localhost", 0), None]:
        with Listener(address, authkey=b"secret") as l:
            if address is None:
                print(type(l.address).__name__, "listener-" in l.address)
            else:
                print(l.address[0], l.address[1] > 0)
            p = multiprocessing.Process(target=serve, args=(l.address, b"secret"))
            p.start()
            c = l.accept()
            print(c.recv())
            c.send("ab")
            print(c.recv())
            p.join()
            c.close()
    l = Listener(("127.0.0.1", 0), authkey=b"right")
    p = multiprocessing.Process(target=serve, args=(l.address, b"wrong"))
    p.start()
    try:
        l.accept()
    except multiprocessing.AuthenticationError as e:
        print("AuthenticationError", e)
    p.join()
    print(p.exitcode)
    l.close()
    try:
        l.accept()
    except OSError as e:
        print("OSError", e)
    try:
        Listener(authkey="str")
    except TypeError as e:
        print("TypeError", e)
    l = Listener()
    c = Client(l.address)
    s = l.accept()
    c.send_bytes(b"no auth")
    print(s.recv_bytes(), l.last_accepted)
    l.close()
    try:
        Client(l.address)
    except OSError as e:
        print(type(e).__name__, e.errno)
