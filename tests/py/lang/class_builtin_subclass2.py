# Subclasses of dict (with __missing__), str, tuple, float and set.
class Cfg(dict):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
    def get2(self, k):
        return self.get(k, "missing")
c = Cfg("c", a=1)
c["b"] = 2
print(c.name, c["a"], c.get2("b"), c.get2("z"), len(c), sorted(c), isinstance(c, dict), "a" in c)
print(c, repr(c))
class Default(dict):
    def __missing__(self, key):
        return key * 2
d = Default()
print(d["ab"], d.get("x"))
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("bob")
print(n.shout(), n + "x", len(n), n == "bob", isinstance(n, str), repr(n))
class Pair(tuple):
    def first(self):
        return self[0]
p = Pair((1, 2))
print(p.first(), len(p), p, p == (1, 2))
class Flt(float):
    pass
print(Flt(1.5) * 2, Flt("2.5"))
class S(set):
    pass
s = S([1, 2])
s.add(3)
print(sorted(s), len(s))
