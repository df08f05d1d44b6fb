# __str__/__repr__ inherited; print, str, repr, containers, the default repr.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"
class Named(Point):
    def __str__(self):
        return "<" + str(self.x) + "," + str(self.y) + ">"
p = Point(1, "a")
n = Named(2, 3)
print(p, repr(p), str(p))
print(n, repr(n), str(n))
print([p, n], (n, p))
print(Point, Named)
print(repr(Point).startswith("<class"), str(Named) == "<class '__main__.Named'>")
class Bare:
    pass
r = repr(Bare())
print(r.startswith("<__main__.Bare object at 0x"), r.endswith(">"))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
