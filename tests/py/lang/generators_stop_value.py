# StopIteration.value: a generator's return value reaches next(), send() and
# yield from; StopIteration raised by a class's __next__ keeps its value too.


def gen(n):
    yield n
    return n * 10


it = gen(1)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("next:", e.value, e.args, repr(e), str(e))
try:
    next(it)
except StopIteration as e:
    print("again:", e.value, e.args)

it = gen(2)
print(it.send(None))
try:
    it.send("x")
except StopIteration as e:
    print("send:", e.value)

print("default:", next(gen(4), "d"), next(iter(gen(4)), "d"))
it = gen(5)
next(it)
print("default at end:", next(it, "end"))


def outer():
    r = yield from gen(6)
    print("yield from got", r)
    s = yield from []
    print("empty got", s)
    return r + 1


print(list(outer()))
o = outer()
for x in o:
    print("loop", x)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done")
        self.n -= 1
        return self.n


def delegate():
    v = yield from Countdown(2)
    return v


d = delegate()
print(list(d))
d = delegate()
next(d)
next(d)
try:
    next(d)
except StopIteration as e:
    print("delegated:", e.value)
c = Countdown(0)
try:
    next(c)
except StopIteration as e:
    print("class:", e.value)
print(list(Countdown(3)))


def none_return():
    yield 1
    return


it = none_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("none:", e.value, e.args)

print(StopIteration(3).value, StopIteration().value, StopIteration(1, 2).value)
e = StopIteration(7)
print(e.args, str(e))


def tuple_return():
    yield 0
    return (1, 2)


it = tuple_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("tuple:", e.value, e.args)

for bad in (5, [1], "s"):
    try:
        next(bad)
    except TypeError as e:
        print(e)
try:
    next()
except TypeError as e:
    print(e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(e)

it = gen(8)
next(it)
next(it)
