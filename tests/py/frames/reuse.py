# Frames that outlive their call keep their own state while later calls run: gopy reuses
# the frames of plain function calls that nothing refers to, so this checks every way a
# frame can be kept (sys._getframe, f_back, tracebacks, inspect) and that closures and
# locals() of returned calls are not disturbed by the calls after them.
import inspect
import sys


def keep_own(a, b):
    c = a + b
    return sys._getframe()


def keep_caller(x):
    return sys._getframe(1)


def middle(y):
    z = y * 2
    return keep_caller(z)


def noise(n):
    t = 0
    for i in range(n):
        t += add(i, 1)
    return t


def add(p, q):
    r = p + q
    return r


f1 = keep_own(1, 2)
f2 = keep_own(10, 20)
noise(50)
print("own", f1.f_code.co_name, sorted(f1.f_locals.items()), sorted(f2.f_locals.items()))
f3 = middle(7)
noise(50)
print("caller", f3.f_code.co_name, sorted(f3.f_locals.items()))


def fail(v):
    w = v + 1
    raise ValueError(w)


def through(u):
    k = u * 3
    return fail(k)


try:
    through(5)
except ValueError as e:
    saved = e
noise(50)
tb = saved.__traceback__
names = []
while tb is not None:
    names.append((tb.tb_frame.f_code.co_name, sorted((k, v) for k, v in tb.tb_frame.f_locals.items() if k in "uvwk")))
    tb = tb.tb_next
print("traceback", names)


def cur(m):
    n = m - 1
    return inspect.currentframe()


f4 = cur(100)
noise(50)
print("inspect", sorted(f4.f_locals.items()), f4.f_back is None)


def make_adder(base):
    def inner(x):
        return x + base
    return inner


adders = [make_adder(i) for i in range(5)]
noise(20)
print("closures", [a(100) for a in adders])


def snapshot(s):
    t = s + 1
    return locals()


snaps = [snapshot(i) for i in range(3)]
noise(20)
print("locals", snaps)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", [fib(i) for i in range(15)])


def gen(n):
    for i in range(n):
        yield add(i, i)


g = gen(5)
first = next(g)
noise(10)
print("generator", first, list(g))


def deep(n):
    if n == 0:
        return [sys._getframe(i).f_code.co_name for i in range(4)]
    return deep(n - 1)


print("stack", deep(3))


def defaults(a, b=2, *rest, c=3, **kw):
    return a, b, rest, c, kw


print("defaults", defaults(1), defaults(1, 5, 6, 7, c=8, d=9))


def recurse_error(n):
    if n == 0:
        return 1 // 0
    return recurse_error(n - 1)


for attempt in range(3):
    try:
        recurse_error(3)
    except ZeroDivisionError as e:
        depth = 0
        tb = e.__traceback__
        while tb:
            depth += 1
            tb = tb.tb_next
        print("error depth", depth)
print("after errors", noise(10), fib(10))
