# A Listener made in the main guard, accepting in a forked child: the child shares the
# listening socket.
import multiprocessing as mp
from multiprocessing.connection import Listener, Client

def serve():
    with listener.accept() as c:
        c.send(("served", c.recv()))

if __name__ == "__main__":
    listener = Listener(("127.0.0.1", 0), authkey=b"k")
    p = mp.Process(target=serve)
    p.start()
    with Client(listener.address, authkey=b"k") as c:
        c.send("hi")
        print(c.recv())
    p.join()
    listener.close()
    print(p.exitcode)
