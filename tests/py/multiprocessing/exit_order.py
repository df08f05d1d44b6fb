import atexit, time
from multiprocessing import Process

def before():
    print("registered before start: runs after the join")

def worker():
    time.sleep(0.3)
    print("worker done")

atexit.register(before)

if __name__ == "__main__":
    p = Process(target=worker)
    p.start()
    atexit.register(print, "registered after start: runs before the join")
    print("main done")
