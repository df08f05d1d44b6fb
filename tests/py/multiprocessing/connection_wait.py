import time
from multiprocessing import Process
from multiprocessing.connection import wait

def nap(t):
    time.sleep(t)

if __name__ == "__main__":
    fast = Process(target=nap, args=(0.1,))
    slow = Process(target=nap, args=(60,))
    fast.start()
    slow.start()
    print(wait([fast.sentinel, slow.sentinel], timeout=0))
    ready = wait([fast.sentinel, slow.sentinel], timeout=30)
    print(ready == [fast.sentinel])
    slow.terminate()
    ready = wait([slow.sentinel])
    print(ready == [slow.sentinel])
    for p in (fast, slow):
        p.join()
        print(p.exitcode)
