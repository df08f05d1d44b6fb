import time
from multiprocessing import Process

def worker():
    time.sleep(0.3)
    print("worker still finishes")

if __name__ == "__main__":
    p = Process(target=worker)
    p.start()
    raise RuntimeError("main failed")
