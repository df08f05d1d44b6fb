import time
from multiprocessing import Process

def forever():
    time.sleep(30)

if __name__ == "__main__":
    p = Process(target=forever)
    p.start()
    time.sleep(0.2)
    p.terminate()
    p.join()
    print(p.exitcode)
    q = Process(target=forever)
    q.start()
    q.kill()
    q.join()
    print(q.exitcode)
