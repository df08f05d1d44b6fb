# An atexit callback may start threads, a Pool and a Process: they run (CPython 3.11 stops
# other threads only after the callbacks). A thread the callback leaves running is
# abandoned at exit, without being waited for.
import atexit
import multiprocessing
import threading


def square(x):
    return x * x


def child(q):
    q.put("child ran")


never = threading.Event()


def left_running():
    never.wait()


def callback():
    got = []
    t = threading.Thread(target=got.append, args=("thread ran",))
    t.start()
    t.join()
    print(got)
    with multiprocessing.Pool(2) as pool:
        print("pool", pool.map(square, range(5)))
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print("exitcode", p.exitcode)
    stray = threading.Thread(target=left_running)
    stray.start()
    print("stray alive", stray.is_alive())


if __name__ == "__main__":
    atexit.register(callback)
    print("main done")
