# A user module (a file imported by the script) in a forked child: its top-level code does
# not run again, its globals are as the parent changed them, its classes and functions
# are the parent's.
import multiprocessing as mp
import _forkmod
from _forkmod import Thing, bump

def child(thing):
    print("child", _forkmod.level, _forkmod.state, thing.total(), type(thing) is Thing)
    bump()
    print("child after bump", _forkmod.level, _forkmod.bump is bump)

if __name__ == "__main__":
    bump()
    bump()
    p = mp.Process(target=child, args=(Thing(5),))
    p.start()
    p.join()
    print("parent", _forkmod.level, _forkmod.state, p.exitcode)
