# Special methods for numbers and indexes (__radd__, __iadd__, __index__ in indexing, hex,
# bin, chr, int(), __format__), the old __getitem__ protocol, __len__ errors, unhashable
# classes, __init_subclass__, __set_name__, subclasses of str/dict/list/int/float/tuple/
# frozenset with __new__, hash and round of subclass instances.
class V:
    def __init__(self, x): self.x = x
    def __radd__(self, o): return V(o + self.x)
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __iadd__(self, o): self.x += o; return self
    def __index__(self): return self.x
    def __format__(self, spec): return "V<" + format(self.x, spec) + ">"
    def __repr__(self): return "V(%d)" % self.x
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __mul__(self, o): return V(self.x * o)
    __rmul__ = __mul__
print(1 + V(2), V(1) + V(2), sum([V(1), V(2)], 0), [10, 20, 30][V(1)], range(10)[V(2)], hex(V(255)), bin(V(5)), "abc"[V(0):V(2)])
v = V(1); v += 5; print(v, f"{V(3):>4}", "{:x}".format(V(255)), -V(3), abs(V(-4)), 3 * V(2), V(2) * 3)
class Old:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Old()), 20 in Old(), 25 in Old())
class BadLen:
    def __len__(self): return "x"
try: len(BadLen())
except TypeError as e: print(e)
class NegLen:
    def __len__(self): return -1
try: len(NegLen())
except ValueError as e: print(e)
class EqOnly:
    def __eq__(self, o): return True
try: hash(EqOnly())
except TypeError as e: print(e)
try: {EqOnly(): 1}
except TypeError as e: print(e)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="c"): pass
print(Child.tag)
class Desc:
    def __set_name__(self, owner, name): self.name = owner.__name__ + "." + name
    def __get__(self, obj, owner): return self.name
class H:
    d = Desc()
print(H.d, H().d)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Cmp) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) in [Cmp(1)], [Cmp(1)].index(Cmp(1)), [Cmp(2), Cmp(1)].count(Cmp(1)), len({Cmp(1), Cmp(1)}))
class Str2(str):
    def shout(self): return self.upper() + "!"
s = Str2("hi"); print(s.shout(), s + "x", type(s + "x").__name__, isinstance(s, str), len(s), s == "hi", {s: 1}["hi"])
class D2(dict):
    def __missing__(self, k): return k * 2
d = D2(a=1); print(d["a"], d["zz"], d, type(d).__name__, isinstance(d, dict))
class L2(list):
    def append(self, x): super().append(x * 10)
l = L2([1]); l.append(2); print(l, l + [3], type(l + [3]).__name__, len(l), l[1], l[::-1])
class I2(int):
    def __repr__(self): return "I2(%d)" % self
print(I2(5), I2(5) + 1, type(I2(5) + 1).__name__, I2(5) == 5, hash(I2(5)) == hash(5), str(I2(5)), "%d" % I2(7), f"{I2(8)}")
class F2(float): pass
print(F2(1.5) * 2, repr(F2(2.5)), round(F2(2.567), 2), int(F2(3.9)))
class T2(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
t = T2(1, 2); print(t, t[0], len(t), type(t).__name__, t + (3,))
class T2(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
class Up(str):
    def __new__(cls, s): return super().__new__(cls, s.upper())
class FS(frozenset):
    def __new__(cls, *items): return super().__new__(cls, items)
print(T2(1, 2), Pos(-5), Pos(-5) + 1, Up("ab"), type(Up("x")).__name__, sorted(FS(3, 1)), len(FS(1, 2)))
print(tuple.__add__((1, 2), (3,)), T2(1, 2) + (3, 4, 5))
