# Issue 16 item 9: finalizers run where CPython's last reference goes: a Pool local to a
# function is shut down when it returns, an unclosed file is flushed then, an instance
# rebound in a loop is finalized at the rebinding, a subclass of a Go-native type too.
import multiprocessing
import os
import tempfile


def square(x):
    return x * x


class Noisy(bytearray):
    def __del__(self):
        print("del", bytes(self).decode(), end="; ")


def pool_local():
    pool = multiprocessing.Pool(2)
    pool.map(square, range(4))
    return [p.pid for p in pool._pool]


def file_local(path):
    f = open(path, "w")
    f.write("written")


def alive(pid):
    try:
        os.kill(pid, 0)
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


if __name__ == "__main__":
    pids = pool_local()
    print("pool workers alive after return:", sum(alive(p) for p in pids), end="; ")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "f")
        file_local(path)
        with open(path) as f:
            print("file after return:", f.read(), end="; ")
    for i in range(3):
        x = Noisy(str(i).encode())
    print("loop done")
