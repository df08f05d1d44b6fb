# throw() and close() through "yield from", gi_* attributes, return values.


def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "after"
        return "inner result"
    finally:
        print("inner finally")


def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer done"


g = outer()
print(next(g))
print(g.gi_yieldfrom is not None, type(g.gi_yieldfrom).__name__)
print(g.throw(ValueError("x")))
print(next(g))
print(g.gi_yieldfrom)

g = outer()
next(g)
g.close()
print("closed", g.gi_frame)


def swallow():
    while True:
        try:
            yield
        except KeyError:
            print("swallowed")


def deleg():
    yield from swallow()


g = deleg()
next(g)
g.throw(KeyError)
g.throw(KeyError("again"))
try:
    g.throw(IndexError("not caught"))
except IndexError as e:
    print("IndexError", e)


class Iter:
    """An iterator without throw(): the exception is raised in the delegating generator."""

    def __iter__(self):
        return self

    def __next__(self):
        return 0


def over_iter():
    try:
        yield from Iter()
    except ZeroDivisionError:
        print("raised in delegator")
        yield "ok"


g = over_iter()
next(g)
print(g.throw(ZeroDivisionError))


def ret():
    yield 1
    return "value"


g = ret()
g.__next__()
try:
    g.__next__()
except StopIteration as e:
    print("__next__ stop", repr(e.value))
g = ret()
print(g.gi_running, g.gi_code.co_name, g.__name__, g.__qualname__, g.gi_frame is not None)
next(g)
try:
    g.throw(OSError)
except OSError:
    print("OSError out")
print(next(g, "exhausted"))


def retfin():
    try:
        yield 1
    finally:
        return "from finally"


g = retfin()
next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print("finally return", e.value)
