# Instances see every change made to their class or its bases after they were used
# (gopy caches what a class defines; each change must be seen at the next operation).
import gc


class Base:
    pass


class Point(Base):
    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.x, Point(2).x)

# __getattr__ added to a base later, then removed
Base.__getattr__ = lambda self, name: "fallback " + name
print(p.missing)
del Base.__getattr__
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)

# __setattr__ added later, on the class itself
def logged(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)

Point.__setattr__ = logged
p.y = 5
Point(7)
del Point.__setattr__
p.z = 6
print(sorted(vars(p).items()))

# __getattribute__ added later
Point.__getattribute__ = lambda self, name: "always " + name
print(p.x, p.anything)
del Point.__getattribute__
print(p.x)

# __init__ replaced, then removed (object's __init__ refuses arguments then)
Point.__init__ = lambda self, x, y=0: setattr(self, "x", x * 10)
print(Point(3).x)
del Point.__init__
try:
    Point(3)
except TypeError as e:
    print("TypeError:", e)
print(type(Point()).__name__)

# __new__ added to a base after instances were made
def new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)

Base.__new__ = new
Point.__init__ = lambda self, x: None
Point(4)
Base.__new__ = lambda cls, *args: object.__new__(cls)
print(type(Point(5)).__name__)

# __del__ added later: instances made afterwards are finalized
class Res:
    pass

Res()
Res.__del__ = lambda self: print("del", type(self).__name__)
r = Res()
del r
gc.collect()

# a metaclass __call__ added later
class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v

print(WithMeta(1).v)
Meta.__call__ = lambda cls, *a: "made by Meta.__call__ %r" % (a,)
print(WithMeta(2))
del Meta.__call__
print(WithMeta(3).v)

# abstract methods set later
class Shape:
    pass

Shape()
Shape.__abstractmethods__ = frozenset({"area"})
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)

# __slots__ classes and classes made with type()
Dyn = type("Dyn", (Point,), {"__init__": lambda self: setattr(self, "d", 1)})
print(Dyn().d)
Dyn.__init__ = lambda self: setattr(self, "d", 2)
print(Dyn().d)

# __class__ assignment picks up the new class's behaviour
class Other:
    def __getattr__(self, name):
        return "other " + name

q = Point(1)
q.__class__ = Other
print(q.nothing)

# changes whose values are not Python functions
def set_x(self, x):
    self.x = x + 1

Point.__init__ = set_x
print(Point(8).x)
Point.__init__ = staticmethod(lambda *a: None)
print(vars(Point(8)))
Point.__init__ = classmethod(lambda cls, x: print("classmethod", cls.__name__, x))
print(vars(Point(9)))
