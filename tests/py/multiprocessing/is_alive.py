import time
from multiprocessing import Process

def nap():
    time.sleep(0.3)

if __name__ == "__main__":
    p = Process(target=nap)
    print(p.is_alive())
    p.start()
    print(p.is_alive())
    p.join()
    print(p.is_alive())
    print(p.exitcode)
