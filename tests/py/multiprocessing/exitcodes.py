import sys
from multiprocessing import Process

def ok():
    pass

def exits(n):
    sys.exit(n)

def exits_none():
    sys.exit()

def exits_msg():
    sys.exit("child message")

if __name__ == "__main__":
    for target, args in ((ok, ()), (exits, (3,)), (exits, (0,)), (exits_none, ()), (exits_msg, ())):
        p = Process(target=target, args=args)
        p.start()
        p.join()
        print(target.__name__, p.exitcode)
