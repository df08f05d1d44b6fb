# PEP 468: **kwargs keep the order the caller wrote the keywords in.
import functools
import collections


def show(**kw):
    return list(kw.items())


print("plain", show(zeta=1, alpha=2, mid=3))
print("one", show(only=1))
print("none", show())
print("expand", show(**{"y": 1, "b": 2, "x": 3}))
d = {"q": 1, "c": 2}
print("mixed", show(z=0, **d, a=9))
e = {"n": 5}
print("two maps", show(**d, **e))
print("dict kw", dict(b=1, a=2, c=3))
print("dict maps", dict(**d, **e))
print("dict both", dict({"k": 1}, j=2, i=3))
od = collections.OrderedDict(s=1, r=2)
print("OrderedDict", list(od))
upd = {}
upd.update(w=1, v=2)
print("update", upd)


def kwonly(*, c=3, b=2, **rest):
    return c, b, rest


print("kwonly", kwonly(y=1, b=5, x=2))
print("kwonly defaults", kwonly(m=1, l=2))
part = functools.partial(show, p2=1, p1=2)
print("partial", part(p4=3, p3=4))
print("partial override", part(p1=0, p0=5))
print("partial of partial", functools.partial(part, k2=1, k1=2)(k0=3))


class Base:
    def __init__(self, **kw):
        self.kw = kw


class Child(Base):
    def __init__(self, **kw):
        super().__init__(**kw)


print("super", Child(one=1, two=2, three=3).kw)


class Registry:
    seen = []

    def __init_subclass__(cls, **kw):
        Registry.seen.append((cls.__name__, list(kw)))


class First(Registry, gamma=1, beta=2, alpha=3):
    pass


opts = {"y": 1, "x": 2}


class Second(Registry, **opts, w=0):
    pass


print("init_subclass", Registry.seen)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, list(kw))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class WithMeta(metaclass=Meta, second=2, first=1):
    pass


def forward(**kw):
    return show(**kw)


print("forward", forward(u=1, t=2, s=3))


def method_call():
    class K:
        def m(self, **kw):
            return list(kw)
    return K().m(h=1, g=2, f=3)


print("method", method_call())
print("lambda", (lambda **kw: list(kw))(b=1, a=2))
print("format", "{b}{a}".format(b=1, a=2), "{0}".format(0, z=1, y=2))


def gen(**kw):
    yield from kw


print("generator", list(gen(d=1, c=2, b=3)))


def bad(a, b):
    pass


for call in (lambda: bad(1, c=2, b=3), lambda: bad(1, d=2, c=3),
             lambda: bad(1, 2, b=3, e=4), lambda: show(**{"a": 1}, a=2),
             lambda: show(a=1, **{"a": 2})):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
