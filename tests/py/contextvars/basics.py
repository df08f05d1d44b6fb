# contextvars as CPython 3.11's: ContextVar get/set/reset, Token, copy_context,
# Context.run and the mapping protocol, per-thread contexts, messages (reprs carry
# addresses: only their stable parts are printed).
import contextvars as cv
import re
import threading
from collections.abc import Mapping


def stable(text):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', text)


v = cv.ContextVar("v", default=1)
w = cv.ContextVar("w")
print(stable(repr(v)), stable(repr(w)), v.name)
t = v.set(5)
print(stable(repr(t)), t.var is v, t.old_value is cv.Token.MISSING, repr(cv.Token.MISSING))
try:
    w.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is w)
print(w.get(9), w.get(None), v.get(), v.get(7))
ctx = cv.copy_context()
print(type(ctx).__name__, type(ctx).__module__, len(ctx), ctx[v], v in ctx, w in ctx,
      list(ctx.keys()) == [v], ctx.get(w, "d"), ctx.get(w), isinstance(ctx, Mapping))
try:
    ctx[w]
except KeyError as e:
    print("KeyError", e.args[0] is w)
for bad in [lambda: ctx[1], lambda: ctx.get(1), lambda: 1 in ctx,
            lambda: cv.ContextVar(1), lambda: cv.Context(1), lambda: cv.Token(),
            lambda: hash(ctx), lambda: setattr(v, 'name', 'q'),
            lambda: ctx.run(lambda: ctx.run(print))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, stable(str(e)))


def f(x):
    v.set(x)
    return v.get()


print(ctx.run(f, 10), v.get(), ctx[v])
print(ctx.run(lambda *a, **k: (a, k), 1, b=2))
v.reset(t)
print(v.get(), v in cv.copy_context())
t2 = w.set(1)
t3 = ctx.run(v.set, 3)
for bad in [lambda: v.reset(t), lambda: v.reset(t2), lambda: v.reset(t3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, stable(str(e)))
w.reset(t2)
print(w.get('unset'), stable(repr(t2)))

for base in (cv.ContextVar, cv.Context, cv.Token):
    try:
        class X(base):
            pass
    except TypeError as e:
        print(e)
print(cv.ContextVar[int], cv.Token[int], stable(repr(cv.Context())))
print(len(cv.Context()), hash(v) == hash(v), v == v, v != w)

# a copy is independent of later sets on either side
a = cv.copy_context()
b = a.copy()
a.run(w.set, 'in a')
print(a.get(w), b.get(w), a == b, b == cv.copy_context(), b.copy() is b)
print(sorted(k.name for k in a), sorted(a.values(), key=str), sorted((k.name, x) for k, x in a.items()))

# every thread starts with an empty context
v.set(42)
seen = []


def worker():
    seen.append((v.get(), len(cv.copy_context())))
    v.set(99)
    seen.append(v.get())


th = threading.Thread(target=worker)
th.start()
th.join()
print(seen, v.get())
print(cv.__all__)
