# Driven by faults_test.go under a limit of 256 descriptors: create and drop objects many
# times, without close() where CPython's reference counting would free them, and report
# how many descriptors each kind holds and how the count grew. The count is taken after
# one cycle (what the first one maps for good: the semaphores' arena), after the cycles,
# and after gc.collect(): what the cycles dropped is freed by then whatever the
# collector's pace, so any growth left is a leak.
import gc
import multiprocessing
import os
import sys


def open_fds():
    return len(os.listdir("/proc/self/fd"))


def nothing():
    pass


def square(x):
    return x * x


def cost(make):
    before = open_fds()
    obj = make()
    return obj, open_fds() - before


def cycle(kind):
    if kind == "process":
        p = multiprocessing.Process(target=nothing)
        p.start()
        p.join()
    elif kind == "queue":
        q = multiprocessing.Queue()
        q.put(1)
        q.get()
    elif kind == "lock":
        lock = multiprocessing.Lock()
        with lock:
            pass
    elif kind == "event":
        multiprocessing.Event().set()
    elif kind == "pool":
        with multiprocessing.Pool(2) as pool:
            pool.map(square, range(3))
    elif kind == "pipe":
        a, b = multiprocessing.Pipe()
        a.send(1)
        b.recv()


if __name__ == "__main__":
    kept = [multiprocessing.Lock()]  # the first semaphore maps the arena all share
    for name, make in [("Lock", multiprocessing.Lock), ("Event", multiprocessing.Event),
                       ("Queue", multiprocessing.Queue), ("Condition", multiprocessing.Condition)]:
        obj, n = cost(make)
        kept.append(obj)
        print("fds of a", name, n)
    q = kept[3]
    q.put(1)
    q.get()
    before = open_fds()
    q.close()
    q.join_thread()
    print("Queue.close() frees", before - open_fds())
    for arg in sys.argv[1:]:
        kind, count = arg.split(":")
        cycle(kind)
        gc.collect()
        start = open_fds()
        for _ in range(int(count) - 1):
            cycle(kind)
        print(kind, count, "cycles: grew by", open_fds() - start)
        gc.collect()
        print(kind, count, "cycles: left after gc.collect()", open_fds() - start)
