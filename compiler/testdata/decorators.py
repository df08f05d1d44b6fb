def deco(f):
    def w(*a, **k):
        return ('deco', f(*a, **k))
    return w

@deco
def f(a, b=2, *, c=3, d):
    return a + b + c + d
print(f(1, d=4))
print(f(1, 1, c=1, d=1))

def kwonly(*, a, b=1, c, d=2):
    return (a, b, c, d)
print(kwonly(a=5, c=6))

def kw2(x, *args, y=10, z, **kw):
    return (x, args, y, z, sorted(kw.items()))
print(kw2(1, 2, 3, z=4, q=5))

def deco_args(tag):
    def d(f):
        f.tag = tag
        return f
    return d

@deco_args('a')
@deco_args('b')
def g(x=1):
    return x
print(g.tag, g())

class W:
    def __init__(self, f):
        self.f = f
    def __call__(self, *a):
        return self.f(*a) * 2

def cls_deco(cls):
    cls.extra = 42
    return cls

@cls_deco
class C:
    pass
print(C.extra)

def ann(a: int, b: 'str' = 'x', *c: float, d: bool = True, **e: dict) -> list:
    return a
print(sorted(ann.__annotations__.keys()))
print(ann.__defaults__[0], ann.__kwdefaults__['d'])
