# __name__, __qualname__, __module__, __doc__ of functions, classes, methods, nested and
# local definitions, builtins, modules and instances.
import sys
def f(a, b=1):
    "fdoc"
class C:
    "cdoc"
    def m(self): "mdoc"
    class Inner:
        def im(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
def outer():
    def inner(): pass
    class Local: pass
    return inner, Local
i, L = outer()
for o in [f, C, C.m, C().m, C.Inner, C.Inner.im, C.cm, C.sm, i, L, len, print, sys, C()]:
    for a in ["__name__", "__qualname__", "__module__", "__doc__"]:
        try:
            v = getattr(o, a)
        except AttributeError as e:
            v = "AttributeError: " + str(e)
        print(a, repr(v)[:60])
print(C.__dict__["__doc__"], C.__dict__["__module__"], "__qualname__" in C.__dict__)
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
print(C().__class__ is C, C.__class__ is type, f.__class__.__name__, type(C.m).__name__, type(C().m).__name__)
print(f.__defaults__, f.__code__.co_argcount, f.__kwdefaults__, f.__dict__, f.__globals__["__name__"])
print(sys.__name__, sys.__doc__ is not None, type(sys).__name__)
print(repr(type(None)), repr(type(f)), repr(type(len)), repr(type(C().m)), repr(type(sys)))
print(int.__name__, int.__qualname__, int.__module__)
print(object.__doc__, type.__doc__[:20])
print(C.m.__doc__, f.__doc__, C.__doc__)
def g(): pass
def h(a, *, k=1, j): pass
print(g.__defaults__, g.__kwdefaults__, h.__defaults__, h.__kwdefaults__)
