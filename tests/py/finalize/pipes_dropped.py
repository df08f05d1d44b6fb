# Connections and queues dropped without close() give their descriptors back when their
# last reference goes; the other end of a dropped pipe sees EOF at once.
import multiprocessing as mp
import os


def fds():
    return len(os.listdir("/proc/self/fd"))


def make_pipe():
    a, b = mp.Pipe()
    a.send("x")
    print(b.recv())


def make_queue():
    q = mp.Queue()
    q.put(1)
    print(q.get())


if __name__ == "__main__":
    make_pipe()
    before = fds()
    make_pipe()
    print("pipe descriptors left", fds() - before)

    make_queue()
    before = fds()
    make_queue()
    print("queue descriptors left at most 2:", fds() - before <= 2)

    r, w = mp.Pipe(duplex=False)
    w.send("last")
    del w
    print(r.recv())
    try:
        r.recv()
    except EOFError:
        print("EOFError after the writer was dropped")
