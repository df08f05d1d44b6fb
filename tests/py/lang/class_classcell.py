# __classcell__: a class body whose methods use __class__ or super() hands its cell to the
# metaclass in the namespace; type.__new__ fills it and keeps it out of the class dict;
# CPython's errors when a metaclass drops it or puts something else there.
class M(type):
    def __new__(m, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(m, name, bases, ns)
try:
    class A(metaclass=M):
        def f(self): return __class__
except RuntimeError as e: print("RuntimeError", e)
class M2(type):
    def __new__(m, name, bases, ns):
        ns["__classcell__"] = 3
        return super().__new__(m, name, bases, ns)
try:
    class B(metaclass=M2):
        def f(self): return __class__
except TypeError as e: print("TypeError", e)
class D:
    def f(self): return super()
print("__classcell__" in D.__dict__, D().f())
import enum, typing, dataclasses, abc
class E(enum.Enum):
    A = 1
    def f(self): return super().__repr__()
print(E.A.f())
@dataclasses.dataclass
class DC:
    x: int
    def g(self): return super().__repr__() is not None
print(DC(1).g())
class AB(abc.ABC):
    def h(self): return __class__
print(AB.h(None))
class NT(typing.NamedTuple):
    a: int
print(NT(1))
