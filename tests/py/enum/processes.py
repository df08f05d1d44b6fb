# Enum members cross to spawned children (Process arguments, a Queue, a Pool's results) by
# reference: the child's member is its own class's member, and what comes back is ours.
import enum
import multiprocessing as mp


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class Mode(enum.StrEnum):
    FAST = enum.auto()
    SLOW = enum.auto()


def child(q, color, perm, mode):
    q.put((color is Color.RED, perm, perm is Perm.R | Perm.W, repr(mode), mode is Mode.SLOW))
    q.put(Color.GREEN)


def double(perm):
    return perm | Perm.X, Color(2)


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    q = ctx.Queue()
    p = ctx.Process(target=child, args=(q, Color.RED, Perm.R | Perm.W, Mode.SLOW))
    p.start()
    print(q.get())
    print(q.get() is Color.GREEN)
    p.join()
    print(p.exitcode)
    with ctx.Pool(2) as pool:
        for perm, color in pool.map(double, [Perm.R, Perm.W, Perm(0)]):
            print(repr(perm), color is Color.GREEN)
