import time
from multiprocessing import Process

def nap():
    time.sleep(1)

if __name__ == "__main__":
    p = Process(target=nap)
    p.start()
    p.join(0.1)
    print(p.is_alive(), p.exitcode)
    p.join()
    print(p.is_alive(), p.exitcode)
