# Positional-only parameters (PEP 570): binding, defaults, **kwargs taking their names,
# and CPython 3.11's messages.


def f(a, b, /, c, *, d=4):
    return a, b, c, d


def g(a, b=2, /, **kw):
    return a, b, sorted(kw.items())


def h(x, /):
    return x


print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=5))
print(g(1), g(1, 3), g(1, a=5, b=6))
print(h(9), (lambda p, /, q=1: (p, q))(7))
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(g.__code__.co_posonlyargcount, h.__code__.co_posonlyargcount, print.__name__)
print(f.__code__.co_varnames, g.__code__.co_varnames)
print(f.__defaults__, g.__defaults__, f.__kwdefaults__)


class C:
    def m(self, a, /, b):
        return a, b

    @classmethod
    def cm(cls, x, /):
        return cls.__name__, x


print(C().m(1, b=2), C.cm(3), C().m(1, 2))


def k(a, b, /, *args, **kwargs):
    return a, b, args, sorted(kwargs)


print(k(1, 2, 3, a=4, b=5))


def report(src):
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(src, "->", type(e).__name__, e)


for src in ["f(a=1, b=2, c=3)", "f(1, b=2, c=3)", "f(1, 2)", "f()", "f(1, 2, 3, 4)",
            "h(x=1)", "h()", "h(1, 2)", "C().m(a=1, b=2)", "C().m(1)", "C.cm(x=1)",
            "f(1, 2, c=3, e=5)", "f(1, 2, 3, c=4)", "(lambda p, /: p)(p=1)",
            "f(1, 2, 3, a=0, b=0)"]:
    report(src)

for s in ["def bad(a, /, a): pass", "def bad(/, a): pass", "def bad(a, /, b, /): pass",
          "def bad(*, a, /): pass", "def bad(a=1, /, b): pass", "lambda a, /, a: 0"]:
    try:
        compile(s, "<s>", "exec")
        print("compiled", s)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
