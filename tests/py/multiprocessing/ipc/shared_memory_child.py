# A child attaches to a SharedMemory passed as an argument, or by name, and its writes are
# seen by the parent.
import multiprocessing
from multiprocessing import shared_memory

def write(shm, name):
    shm.buf[0:5] = b"hello"
    other = shared_memory.SharedMemory(name)
    other.buf[5] = 33
    other.close()
    shm.close()

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    p = multiprocessing.Process(target=write, args=(shm, shm.name))
    p.start()
    p.join()
    print(p.exitcode, bytes(shm.buf[:6]), shm.size)
    shm.close()
    shm.unlink()
