import time
from multiprocessing import Process

def nap():
    time.sleep(0.1)

if __name__ == "__main__":
    p = Process(target=nap)
    print(p.daemon)
    p.daemon = True
    print(p.daemon)
    p.start()
    p.join()
    p.daemon = False
