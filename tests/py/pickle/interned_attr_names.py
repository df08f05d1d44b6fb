# CPython interns attribute names and identifier-like str constants, so the same name used
# by two code objects is one object and pickle writes it once (a memo get the second
# time). The pickle bytes show it.
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def label(self, name):
        self.name = name


class Other:
    def __init__(self):
        self.name = "o"
        self.x = 0

    def later(self):
        self.y = 1
        setattr(self, "va" + "lue", 2)


def make():
    return {"x": "name", "kind": "x y"}


p = Point(1, 2)
p.label("p")
o = Other()
o.later()
q = Point(3, 4)
setattr(q, "value", 5)
print(pickle.dumps([p, o, q], 4))
print(pickle.dumps([p, o, q], 2))
print(pickle.dumps([p.__dict__, o.__dict__, make(), "x", "name"], 4))


def kw(**k):
    return k


def kw2():
    return kw(alpha=3, x=4)


print(pickle.dumps([kw(alpha=1, x=2), kw2(), "alpha"], 4))
print(pickle.dumps(["not an identifier", "not an identifier", "x y", make()], 4))


def consts():
    return (1, "a b"), b"raw bytes", (1.0, "a b"), (True, "a b")


print(pickle.dumps([consts(), (1, "a b"), b"raw bytes", (1.0, "a b"), (True, "a b")], 4))
