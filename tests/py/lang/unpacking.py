# PEP 448: unpacking in calls and displays, evaluation order and CPython's errors.


def f(*args, **kwargs):
    # keyword order (PEP 468) is lang/kwargs_order.py's subject
    return args, sorted(kwargs.items())


a, b = [1, 2], (3, 4)
d1, d2 = {"x": 1}, {"y": 2}
print(f(*a, *b))
print(f(0, *a, 5, *b, 6))
print(f(*a, 9))
print(f(**d1, **d2))
print(f(**d1, z=3))
print(f(w=0, **d1, z=3, **d2))
print(f(*range(3), *"ab", **{"k": 1}, j=2))
print(f(*iter([7, 8])))
print([*a, *b], [*a, 0, *b], [*()], [*"xy"])
print((*a, *b), (*a,), (0, *b, 9))
print({*a, *b, 1}, sorted({*"abc"}))
print({**d1, **d2}, {**d1, "x": 5}, {"x": 5, **d1}, {**{}, 1: 2}, {**{(1, 2): 3}})


def g():
    return 0, *a


def h():
    yield 1, *b


print(g(), list(h()))
for item in *a, *b:
    print("item", item, end=" ")
print()
first, *rest = *a, *b
print(first, rest)

# evaluation order: left to right, positional before keyword as written
trace = []


def t(x):
    trace.append(x)
    return x


f(t(1), *t([2]), t(3), k=t(4), **t({"m": 5}))
[t("l1"), *t(["l2"]), t("l3")]
{t("k1"): t("v1"), **t({"k2": "v2"}), t("k3"): t("v3")}
print(trace)


# a mapping that is not a dict: keys() then [key]
class M:
    def keys(self):
        return ["b", "a"]

    def __getitem__(self, k):
        return k * 2


print(f(**M()), {**M()}, sorted(dict(**M(), c=1).items()))


class C:
    def m(self, *args, **kwargs):
        return len(args), sorted(kwargs)


print(C().m(*a, **d1), C.m(C(), *b))


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", sorted(kw))


bases = (Base,)
opts = {"flag": 1}


class D(*bases, **opts):
    pass


print(D.__mro__[1].__name__)

# later values win in displays; duplicates are errors in calls
print({**{"a": 1}, **{"a": 2}}, {"a": 0, **{"a": 3}})


def report(src):
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(src, "->", type(e).__name__, e)


for src in ["f(*1)", "f(1, *2)", "f(*[1], *2)", "f(*None, 1)", "f(x=1, *3)", "f(**1)",
            "f(x=1, **1)", "f(**{}, **[1])", "f(**{'a': 1}, a=2)", "f(a=1, **{'a': 2})",
            "f(**{'a': 1}, **{'a': 2})", "f(**{1: 1})", "f(**{'a': 1}, **{1: 1})",
            "C().m(*1)", "C().m(**1)", "len(*1)", "print(*1)", "dict(**1)", "(lambda: 0)(**1)",
            "[*1]", "(*1,)", "{*1}", "{**1}", "[1, *None]", "{1: 2, **[]}", "{**{1: 2}, **3}"]:
    report(src)
