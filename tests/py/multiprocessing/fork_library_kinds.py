# Library kinds a forked child receives by value from its main module: Enum and IntFlag
# classes with their members (identity kept), a class's namespace order, an lru_cache'd
# function, a partial, datetime, StringIO and Counter globals.
import multiprocessing as mp, enum, datetime, io, collections, functools

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    def describe(self):
        return self.name.lower()

class Perm(enum.IntFlag):
    R = 4
    W = 2


class Ordered:
    b = 1
    a = 2
    def z(self): pass
    def c(self): pass

def child(q):
    out = [Color.RED, Color(2), Color.GREEN.describe(), list(Color), Perm.R | Perm.W, Color["RED"] is Color.RED]
    out.append([k for k in Ordered.__dict__ if not k.startswith("__")])
    out.append(when)
    out.append(buf.getvalue())
    out.append(dict(counts))
    out.append(cached(3))
    out.append(part(2))
    out.append(Color(1) is Color.RED and Color.RED in Color.__members__.values())
    out.append(cached.cache_info().currsize)
    q.put(repr(out))
    q.put(Color.GREEN)

@functools.lru_cache
def cached(x):
    return x * 10

if __name__ == "__main__":
    when = datetime.datetime(2024, 1, 2, 3, 4, 5)
    buf = io.StringIO()
    buf.write("hello")
    counts = collections.Counter("abca")
    part = functools.partial(pow, 3)
    cached(1)
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get(timeout=30))
    print(q.get(timeout=30) is Color.GREEN)
    p.join()
    print(p.exitcode)
