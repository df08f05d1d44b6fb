# What a forked child receives by value from its main module: classes with __slots__, a
# metaclass, abstract methods, properties, static and class methods, a namedtuple, a
# decorated function, a recursive closure, an exception class (sent back through a queue).
import multiprocessing as mp, functools, collections, abc, sys

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a, self.b = 1, 2

Point = collections.namedtuple("Point", "x y")

class Meta(type):
    def __call__(cls, *a):
        obj = super().__call__(*a)
        obj.made_by = "Meta"
        return obj

class WithMeta(metaclass=Meta):
    count = 0
    def __init__(self, v): self.v = v

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    def kind(self): return "shape:" + type(self).__name__
    @staticmethod
    def unit(): return 1
    @classmethod
    def named(cls): return cls.__name__

class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def __eq__(self, o): return isinstance(o, Sq) and o.s == self.s

class MyError(Exception):
    pass

def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return ("wrapped", f(*a))
    return wrapper

@deco
def decorated(x):
    return x + 1

def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

def child(q):
    s = Slotted()
    out = [s.a, s.b, Point(1, 2), Point(1, 2).x, WithMeta(3).made_by, WithMeta.count]
    sq = Sq(3)
    out += [sq.area(), sq.kind, Sq.unit(), Sq.named(), sq == Sq(3), hash(Sq) is not None]
    try:
        Shape()
    except TypeError as e:
        out.append(str(e))
    out += [decorated(1), decorated.__name__, decorated.__wrapped__(1), fact(5)]
    try:
        raise MyError("boom")
    except MyError as e:
        out.append(repr(e))
    out.append(pt)
    q.put(out)
    q.put(MyError("sent"))

if __name__ == "__main__":
    WithMeta.count = 7
    fact = outer()
    pt = Point(3, 4)
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get(timeout=30))
    e = q.get(timeout=30)
    print(type(e) is MyError, e)
    p.join()
    print(p.exitcode)
