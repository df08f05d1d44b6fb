# Unpacking errors with CPython 3.11's messages, in assignments, for loops and
# comprehensions; unpacking of any iterable.


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


def two(v):
    a, b = v
    return a, b


def star(v):
    a, *b, c = v
    return a, b, c


attempt("list3", lambda: two([1, 2, 3]))
attempt("tuple1", lambda: two((1,)))
attempt("empty", lambda: two([]))
attempt("int", lambda: two(5))
attempt("none", lambda: two(None))
attempt("str", lambda: two("ab"))
attempt("dict", lambda: two({1: 2, 3: 4}))
attempt("set", lambda: two({7}))
attempt("iter", lambda: two(iter([1])))
attempt("gen", lambda: two(x for x in range(4)))
attempt("range", lambda: two(range(2)))
attempt("star-short", lambda: star([1]))
attempt("star-ok", lambda: star([1, 2]))
attempt("star-long", lambda: star(range(6)))
attempt("star-int", lambda: star(3))
attempt("star-str", lambda: star("xyz"))


def loop(v):
    out = []
    for a, b in v:
        out.append(a + b)
    else:
        out.append("else")
    return out


attempt("loop-ok", lambda: loop([(1, 2), [3, 4], "ab"]))
attempt("loop-short", lambda: loop([(1, 2), (3,)]))
attempt("loop-int", lambda: loop([(1, 2), 7]))
attempt("comp", lambda: [a * b for a, b in [(1, 2), (3, 4)]])
attempt("comp-bad", lambda: [a for a, b in [(1, 2, 3)]])
attempt("comp-inner", lambda: [(a, c) for a in (1,) for c, d in [(5, 6), 8]])
attempt("nested", lambda: [(a, b, c) for a, (b, c) in [(1, (2, 3))]])
attempt("star-loop", lambda: [(h, t) for h, *t in ["abc", [1]]])


def raising():
    yield 1
    raise KeyError("inside")


try:
    a, b = raising()
except KeyError as e:
    print("KeyError", e)


class Pair:
    def __iter__(self):
        return iter((10, 20))


a, b = Pair()
print(a, b)
a, b = b, a
print(a, b)
x = y, z = 1, 2
print(x, y, z)
(p, q), r = [3, 4], 5
print(p, q, r)
[m, n] = "mn"
print(m, n)
for () in [()]:
    print("empty target")
a, b = 1, 2, 3
