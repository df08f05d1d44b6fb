import os
from multiprocessing import Process, parent_process, current_process

def child():
    pp = parent_process()
    print("parent name", pp.name)
    print("parent pid matches", pp.pid == os.getppid())
    print("parent alive", pp.is_alive())

if __name__ == "__main__":
    print(parent_process())
    p = Process(target=child)
    p.start()
    p.join()
    print(p.exitcode)
