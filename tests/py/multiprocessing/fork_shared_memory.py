"""A fork child gets its parent's SharedMemory objects as they are: closed ones closed, open ones on the same memory even after the name is unlinked."""
import multiprocessing as mp
from multiprocessing import shared_memory
def show(tag):
    print(tag, g1.buf is None, bytes(g2.buf[:3]), g2.name == NAME)
    g2.buf[0] = 42
def other():
    print("other ok")
if __name__ == "__main__":
    g1 = shared_memory.SharedMemory(create=True, size=4); g1.close(); g1.unlink()
    g2 = shared_memory.SharedMemory(create=True, size=4); g2.buf[:3] = b"abc"; NAME = g2.name
    p = mp.Process(target=show, args=("child",)); p.start(); p.join()
    print(bytes(g2.buf[:1]))
    g2.unlink()
    p = mp.Process(target=show, args=("after unlink",)); p.start(); p.join()
    print(bytes(g2.buf[:1]), p.exitcode)
    g2.close()
    p = mp.Process(target=other); p.start(); p.join()
