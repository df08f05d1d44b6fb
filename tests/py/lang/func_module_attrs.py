# Attributes of functions, bound methods and modules.
import sys
def f(a, b=2):
    "f's doc"
    return a + b
def g():
    pass
class K:
    def m(self):
        return 1
k = K()
print(f.__name__, f.__qualname__, f.__module__, f.__doc__, g.__doc__)
print(f.__defaults__ == (2,), K.m.__qualname__, K.m.__module__)
bm = k.m
print(bm.__self__ is k, bm.__func__ is K.m, bm.__name__, bm())
print(sys.__name__, type(sys).__name__, "path" in sys.__dict__)
f.tag = "x"
print(f.tag, f.__dict__)
print(__name__)
