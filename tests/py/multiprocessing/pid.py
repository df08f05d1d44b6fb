import os
from multiprocessing import Process, current_process

def child():
    print(current_process().pid == os.getpid())

if __name__ == "__main__":
    p = Process(target=child)
    print(p.pid, p.ident, p.exitcode)
    p.start()
    print(type(p.pid) is int, p.pid == p.ident, p.pid != os.getpid())
    p.join()
    print(current_process().pid == os.getpid())
