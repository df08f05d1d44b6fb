# Ctrl-C (SIGINT from another process) interrupts a parent blocked in Connection.recv(),
# Queue.get() and Lock.acquire(): KeyboardInterrupt, and the objects stay usable.
import os
import signal
import time
import multiprocessing

def interrupt(pid, delay):
    time.sleep(delay)
    os.kill(pid, signal.SIGINT)

def blocked(label, f):
    p = multiprocessing.Process(target=interrupt, args=(os.getpid(), 0.3))
    p.start()
    try:
        f()
    except KeyboardInterrupt:
        print(label, "interrupted")
    p.join()

if __name__ == "__main__":
    a, b = multiprocessing.Pipe()
    blocked("recv", b.recv)
    a.send("after")
    print(b.recv())
    q = multiprocessing.Queue()
    blocked("get", q.get)
    q.put("queued")
    print(q.get())
    lock = multiprocessing.Lock()
    lock.acquire()
    blocked("acquire", lock.acquire)
    lock.release()
    print(lock.acquire(False))
