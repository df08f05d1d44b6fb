# Operators a metaclass defines apply to its classes (ctypes' `c_int * 3`), and
# type(name, bases, ns) lets the bases' metaclass make the class.
class Meta(type):
    def __mul__(cls, n):
        return "%s*%r" % (cls.__name__, n)

    def __rmul__(cls, n):
        return "%r*%s" % (n, cls.__name__)

    def __or__(cls, other):
        return "%s|%s" % (cls.__name__, getattr(other, "__name__", other))

    def __iadd__(cls, n):
        return "%s+=%r" % (cls.__name__, n)


class A(metaclass=Meta):
    pass


print(A * 3, 3 * A, A | int, A | A)
x = A
x += "one"
print(x)
y = A
y *= 2
print(y)
try:
    A - "one"
except TypeError as e:
    print("TypeError:", e)
try:
    int * A
except TypeError as e:
    print("TypeError:", e)


class Loud(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Loud.__new__", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("Loud.__init__", name)


class B(metaclass=Loud):
    pass


C = type("C", (B,), {"x": 1})
print(type(C).__name__, C.x, C.__mro__[1].__name__)


class Quiet(type):
    def __init__(cls, *args):
        print("Quiet.__init__", cls.__name__)


class D(metaclass=Quiet):
    pass


E = type("E", (D,), {})
print(type(E).__name__)

import abc


class F(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


G = type("G", (F,), {})
print(type(G).__name__)
try:
    G()
except TypeError as e:
    print("TypeError:", e)
