# Arithmetic special methods: binary, reflected, in-place and unary, inherited.
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return Num(o + self.v)
    def __sub__(self, o):
        return Num(self.v - o.v)
    def __mul__(self, o):
        return Num(self.v * o)
    def __neg__(self):
        return Num(-self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __mod__(self, o):
        return Num(self.v % o)
    def __pow__(self, o):
        return Num(self.v ** o)
    def __repr__(self):
        return "Num(" + str(self.v) + ")"
class Sub(Num):
    pass
a = Sub(5)
print(a + Sub(2), a + 1, 1 + a, a - Sub(7), a * 3, -a, abs(Sub(-4)), a % 3, a ** 2)
b = Sub(1)
b += 10
print(b)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
acc = Acc()
acc += 1
acc += 2
print(acc.items)
try:
    a + "x"
except TypeError as e:
    print("TypeError")
try:
    -Acc()
except TypeError as e:
    print("TypeError:", e)
