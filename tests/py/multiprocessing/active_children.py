import time
from multiprocessing import Process, active_children

def nap():
    time.sleep(0.3)

if __name__ == "__main__":
    procs = [Process(target=nap) for i in range(3)]
    print(len(active_children()))
    for p in procs:
        p.start()
    print(len(active_children()))
    for p in procs:
        p.join()
    print(len(active_children()))
