# Issue 16 item 9: an object dropped by rebinding a name to a new object (`x = Foo()`,
# `f = open(...)` in a loop) or to None is finalized there, as CPython's last reference
# goes at the store; a list item deleted by a slice store, or popped by a statement, too.
import os
import tempfile


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def loop():
    for i in range(3):
        x = D(i)
        print("made", i)
    x = None
    print("x = None")


loop()
y = D("first")
y = D("second")
print("rebound at module level")
y = None
print("y = None")


class Log:
    """A file-like object whose __del__ writes its last line, as a log would."""

    def __init__(self, path, n):
        self.f = open(path, "a")
        self.n = n

    def __del__(self):
        self.f.write("closed %d\n" % self.n)
        self.f.close()


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "log")

    def writes():
        for i in range(3):
            log = Log(path, i)
            with open(path) as f:
                print(i, f.read().split("\n")[:-1])

    writes()

items = [D("a"), D("b")]
items[1:2] = []
print("after items[1:2] = []")
items = None
print("items = None")

# A container's item removed by a statement is dropped there.
items = [D("p1"), D("p2")]
items.pop()
print("after items.pop()")
table = {"k": D("dk")}


def pops():
    table.pop("k")
    print("after table.pop('k') in a function")


pops()
items.clear()
print("end")
