# User __new__: singletons, alternative construction, __init__ skipped for other types.
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super(Single, cls).__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self, label):
        self.count += 1
        self.label = label
a = Single("a")
b = Single("b")
print(a is b, a.count, a.label)
class Weird:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        return object.__new__(cls)
    def __init__(self, x):
        self.x = x
print(Weird(-1), Weird(2).x)
class Point:
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.coords = (x, y)
        return self
print(Point(1, 2).coords, type(Point(3, 4)).__name__)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(3)
except TypeError as e:
    print("TypeError")
class InitOnly:
    def __init__(self, a):
        self.a = a
try:
    InitOnly()
except TypeError as e:
    print("TypeError")
