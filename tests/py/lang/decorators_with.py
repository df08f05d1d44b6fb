# Decorators that are any expression and parenthesized context managers (3.9+ grammar).
import contextlib
decos = [lambda f: (print("deco0", f.__name__), f)[1], {"k": lambda f: f}]
class NS:
    attr = [staticmethod]
@decos[0]
def a(): return 1
@decos[1]["k"]
def b(): return 2
@(lambda f: f)
def c(): return 3
@decos[0] if True else None
def d(): return 4
class K:
    @NS.attr[0]
    def s(): return 5
print(a(), b(), c(), d(), K.s())

@contextlib.contextmanager
def cm(name):
    print("enter", name)
    yield name
    print("exit", name)

with (cm("x") as x, cm("y") as y):
    print(x, y)
with (cm("p"), cm("q")):
    print("body")
with (cm("z") as z):
    print(z)
with (
    cm("m") as m,
    cm("n"),
):
    print(m)
