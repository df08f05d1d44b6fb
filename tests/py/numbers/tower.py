# numbers: the ABCs of the numeric tower, which builtin types are registered where, the
# abstract methods each requires, the mixin methods they give, registration.
import numbers
from fractions import Fraction

for t in (int, bool, float, complex, Fraction, str):
    print(t.__name__, [issubclass(t, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(c.__name__, sorted(c.__abstractmethods__), c.__mro__[1].__name__)
try:
    numbers.Integral()
except TypeError as e:
    print(e)


class MyReal(numbers.Real):
    def __init__(self, v):
        self.v = v
    def __float__(self): return float(self.v)
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return MyReal(self.v // float(o))
    def __rfloordiv__(self, o): return MyReal(float(o) // self.v)
    def __mod__(self, o): return MyReal(self.v % float(o))
    def __rmod__(self, o): return MyReal(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return MyReal(self.v + float(o))
    def __radd__(self, o): return MyReal(float(o) + self.v)
    def __neg__(self): return MyReal(-self.v)
    def __pos__(self): return MyReal(self.v)
    def __mul__(self, o): return MyReal(self.v * float(o))
    def __rmul__(self, o): return MyReal(float(o) * self.v)
    def __truediv__(self, o): return MyReal(self.v / float(o))
    def __rtruediv__(self, o): return MyReal(float(o) / self.v)
    def __pow__(self, o): return MyReal(self.v ** float(o))
    def __rpow__(self, o): return MyReal(float(o) ** self.v)
    def __abs__(self): return MyReal(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    def __repr__(self): return 'MyReal(%r)' % self.v


r = MyReal(7.5)
print(r.real, r.imag, r.conjugate(), complex(r), divmod(r, 2), bool(MyReal(0)), r - 1, 10 - r, isinstance(r, numbers.Complex))


class Ten:
    pass


numbers.Integral.register(Ten)
print(isinstance(Ten(), numbers.Number), issubclass(Ten, numbers.Rational), numbers.Rational.__float__(Fraction(1, 4)), numbers.Integral.__index__.__qualname__)
