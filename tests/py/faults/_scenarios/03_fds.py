# Issue 16 item 3: descriptors per object, and 200 Queue/Lock cycles without close()
# under a limit of 256 descriptors.
import multiprocessing
import os
import resource


def count():
    return len(os.listdir("/proc/self/fd"))


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    first = multiprocessing.Lock()
    held = []
    for make in (multiprocessing.Lock, multiprocessing.Event, multiprocessing.Queue):
        before = count()
        held.append(make())
        print(make.__name__, count() - before, end="; ")
    for _ in range(200):
        q = multiprocessing.Queue()
        q.put(1)
        q.get()
        multiprocessing.Lock().acquire()
    print("200 cycles ok")
