# Variable annotations (PEP 526): __annotations__ of modules, classes and functions as 3.11
# stores them, what is evaluated and when, and annotated targets that are not names.
order = []


def note(x):
    order.append(x)
    return x


a: note("int") = note(1)
b: note("str")
print(__annotations__)
print(order)
print("b" in globals())

d = {}
d["k"]: note("subscript") = 5
obj = type("O", (), {})()
obj.attr: note("attribute") = 6
(paren): int = 7
print(d, obj.attr, paren, order)
print(sorted(__annotations__))


class C:
    x: int
    y: "list[int]" = []
    z: note("cls") = 3
    print("in body", __annotations__)


print(C.__annotations__, C.y, C.z, hasattr(C, "x"))


class Empty:
    pass


print("__annotations__" in Empty.__dict__, "__annotations__" in C.__dict__)


def f(p: int, *args: str, q: "float" = 1.0, **kw: dict) -> bool:
    local: note("never evaluated") = 1
    return local


print(f.__annotations__)
print(f(0), order[-1])


def g():
    pass


print(g.__annotations__)
g.__annotations__["r"] = 1
print(g.__annotations__)

lam = lambda x: x
print(lam.__annotations__)

ns = {}
exec("u: int = 1\nv: float\n", ns)
print(ns["__annotations__"])
ns2 = {}
exec("from __future__ import annotations\nw: list[int] = 2\nclass K:\n    m: dict[str, 'x'] = 1\nprint(K.__annotations__)\ndef h(a: int | None) -> tuple[int, ...]: pass\nprint(h.__annotations__)\n", ns2)
print(ns2["__annotations__"])

for s in ["x: int, y: int = 1, 2", "(x, y): int", "[x]: int = 1", "f(): int", "def k():\n    global q\n    q: int\n"]:
    try:
        compile(s, "<s>", "exec")
        print("compiled", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# a function's __annotations__ can be replaced, deleted (a new empty dict next time) and
# shared by functools.wraps
f.__annotations__ = {"z": 1, "a": 2}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__, f.__annotations__ is f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(e)
import functools


@functools.wraps(g)
def wrapper():
    pass


print(wrapper.__annotations__ is g.__annotations__, wrapper.__annotations__)
