# Issue 16 item 9: an object deleted from a list, popped and deleted, or left in a
# finished generator is finalized at the point CPython frees it (no stale copy keeps it).


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


items = [D(i) for i in range(8)]
del items[0]
print("after del items[0]")
del items[1:2]
print("after del items[1:2]")
del items[::-2]
print("after del items[::-2]")
x = items.pop()
del x
print("after pop and del")
d = {"a": D("a"), "b": D("b")}
del d["a"]
print("after del d['a']")
x = d.pop("b")
del x
print("after d.pop and del")


def gen():
    local = D("generator local")
    yield 1
    yield 2


def consume():
    g = gen()
    print(list(g))
    print("generator finished")
    return g


kept = consume()
print("after consume, generator kept")


def raises():
    local = D("frame local")
    raise ValueError("x")


def catches():
    try:
        raises()
    except ValueError:
        print("caught")


catches()
print("after catches")
del items[0]
del items
print("end")

# del with other targets, with CPython's messages.
m = list(range(10))
del m[::-3]
print(m)
for key in ("a", 2.5, 100):
    try:
        del m[key]
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
