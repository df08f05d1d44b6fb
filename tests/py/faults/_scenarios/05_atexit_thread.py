# Issue 16 item 5: a thread and a Pool started in an atexit callback run.
import atexit
import multiprocessing
import threading


def square(x):
    return x * x


def callback():
    got = []
    t = threading.Thread(target=got.append, args=(1,))
    t.start()
    t.join()
    with multiprocessing.Pool(2) as pool:
        print("thread ran:", got == [1], "pool:", pool.map(square, range(3)))


if __name__ == "__main__":
    atexit.register(callback)
