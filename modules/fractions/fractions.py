"""Rational numbers: gopy's fractions module (Fraction, exact arithmetic on numerator and
denominator in lowest terms)."""

try:
    from decimal import Decimal
except ImportError:  # gopy without decimal yet
    class Decimal:
        pass
import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

# The hash of a Fraction is that of the equal int, float or Decimal: computed modulo
# the prime sys.hash_info.modulus, as CPython's numeric hashes are.
try:
    _PyHASH_MODULUS = sys.hash_info.modulus
    _PyHASH_INF = sys.hash_info.inf
except AttributeError:  # gopy's sys without hash_info: CPython's values on 64-bit
    _PyHASH_MODULUS = 2 ** 61 - 1
    _PyHASH_INF = 314159

_RATIONAL_FORMAT = re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:
       (?:/(?P<denom>\d+(_\d+)*))?
    |
       (?:\.(?P<decimal>d*|\d+(_\d+)*))?
       (?:E(?P<exp>[-+]?\d+(_\d+)*))?
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)


def _parse(text):
    """The (numerator, denominator) a string stands for: '3/4', '-1.25e3', ' 7 '."""
    m = _RATIONAL_FORMAT.match(text)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    num = int((m.group('num') or '0').replace('_', ''))
    den = 1
    if m.group('denom'):
        den = int(m.group('denom').replace('_', ''))
    else:
        frac = m.group('decimal')
        if frac:
            frac = frac.replace('_', '')
            num = num * 10 ** len(frac) + int(frac)
            den = 10 ** len(frac)
        exp = m.group('exp')
        if exp:
            exp = int(exp.replace('_', ''))
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
    if m.group('sign') == '-':
        num = -num
    return num, den


def _complex(x):
    """complex(x) (gopy's complex() refuses a complex argument)."""
    return x if type(x) is complex else complex(x)


def _unreduced(num, den):
    """A Fraction taken as already in lowest terms with a positive denominator."""
    return Fraction(num, den, _normalize=False)


def _toward_zero(num, den):
    """num / den truncated toward zero (den > 0)."""
    whole = abs(num) // den
    return -whole if num < 0 else whole


def _same_or_rebuilt(frac):
    """copy.copy/deepcopy of a Fraction: immutable, so itself unless a subclass."""
    if type(frac) == Fraction:
        return frac
    return frac.__class__(frac._numerator, frac._denominator)


class Fraction(numbers.Rational):
    """A rational number: Fraction(numerator=0, denominator=1) from ints or Rationals,
    Fraction(x) from a Rational, a float or Decimal (exactly) or a numeric string."""

    __slots__ = '_numerator', '_denominator'

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        inst = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                inst._numerator, inst._denominator = numerator, 1
                return inst
            if isinstance(numerator, numbers.Rational):
                inst._numerator, inst._denominator = numerator.numerator, numerator.denominator
                return inst
            if isinstance(numerator, (float, Decimal)):
                inst._numerator, inst._denominator = numerator.as_integer_ratio()
                return inst
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            numerator, denominator = _parse(numerator)
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        inst._numerator, inst._denominator = numerator, denominator
        return inst

    @classmethod
    def from_float(cls, f):
        """The Fraction exactly equal to the float f (an int is taken as it is)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The Fraction exactly equal to the Decimal dec (an int is taken as it is)."""
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            kind = type(dec).__name__
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, kind))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest self with a denominator of at most max_denominator (from
        the continued fraction's convergents and the best semiconvergent)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if max_denominator >= self._denominator:
            return Fraction(self)
        # Convergents p/q of the continued fraction of n/d, until q would exceed the limit.
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n = self._numerator
        d = self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        last = Fraction(p, q)
        return last if abs(last - self) <= abs(semi - self) else semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return str(self._numerator) + '/' + str(self._denominator)

    # Arithmetic. Each operation on two rationals is written once (_add ...); the
    # operators apply it when both sides are exact, and otherwise fall back to float or
    # complex arithmetic, or to the other operand's reflected method.

    def _make_operators(exact, builtin):
        def forward(a, b):
            if isinstance(b, (int, Fraction)):
                return exact(a, b)
            if isinstance(b, float):
                return builtin(float(a), b)
            if isinstance(b, complex):
                return builtin(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return exact(a, b)
            if isinstance(a, numbers.Real):
                return builtin(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return builtin(_complex(a), complex(b))
            return NotImplemented

        forward.__name__ = '__%s__' % builtin.__name__
        reverse.__name__ = '__r%s__' % builtin.__name__
        forward.__doc__ = reverse.__doc__ = exact.__doc__
        return forward, reverse

    def _add_or_sub(a, b, sign):
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return _unreduced(na * db + sign * da * nb, da * db)
        s = da // g
        t = na * (db // g) + sign * nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return _unreduced(t, s * db)
        return _unreduced(t // g2, s * (db // g2))

    def _add(a, b):
        """a + b"""
        return Fraction._add_or_sub(a, b, 1)

    def _sub(a, b):
        """a - b"""
        return Fraction._add_or_sub(a, b, -1)

    def _mul(a, b):
        """a * b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na, db = na // g1, db // g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb, da = nb // g2, da // g2
        return _unreduced(na * nb, db * da)

    def _div(a, b):
        """a / b"""
        na, da, nb, db = a.numerator, a.denominator, b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na, nb = na // g1, nb // g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da, db = da // g2, db // g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return _unreduced(n, d)

    def _floordiv(a, b):
        """a // b"""
        top = a.numerator * b.denominator
        return top // (a.denominator * b.numerator)

    def _divmod(a, b):
        """(a // b, a % b)"""
        q, r = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
        return q, Fraction(r, a.denominator * b.denominator)

    def _mod(a, b):
        """a % b"""
        return Fraction((a.numerator * b.denominator) % (b.numerator * a.denominator),
                        a.denominator * b.denominator)

    __add__, __radd__ = _make_operators(_add, operator.add)
    __sub__, __rsub__ = _make_operators(_sub, operator.sub)
    __mul__, __rmul__ = _make_operators(_mul, operator.mul)
    __truediv__, __rtruediv__ = _make_operators(_div, operator.truediv)
    __floordiv__, __rfloordiv__ = _make_operators(_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _make_operators(_divmod, divmod)
    __mod__, __rmod__ = _make_operators(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: a Fraction for an integral b, a float or complex otherwise."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        n = b.numerator
        if n >= 0:
            return _unreduced(a._numerator ** n, a._denominator ** n)
        if a._numerator >= 0:
            return _unreduced(a._denominator ** -n, a._numerator ** -n)
        return _unreduced((-a._denominator) ** -n, (-a._numerator) ** -n)

    def __rpow__(b, a):
        """a ** b"""
        if b._numerator >= 0 and b._denominator == 1:
            return a ** b._numerator  # an int stays an int
        if isinstance(a, numbers.Rational):
            base = Fraction(a.numerator, a.denominator)
            return base ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a (a plain Fraction for a subclass)"""
        return _unreduced(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return _unreduced(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return _unreduced(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a): truncated toward zero"""
        return _index(_toward_zero(a._numerator, a._denominator))

    def __trunc__(a):
        """math.trunc(a)"""
        return _toward_zero(a._numerator, a._denominator)

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): halves go to the even neighbour."""
        if ndigits is None:
            q, r = divmod(self.numerator, self.denominator)
            twice = 2 * r
            if twice < self.denominator or (twice == self.denominator and q % 2 == 0):
                return q
            return q + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """hash(self): equal to the hash of an equal int, float or Decimal"""
        try:
            inverse = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:  # the denominator is a multiple of the modulus
            h = _PyHASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex):
            if b.imag == 0:
                b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b  # a finite Fraction compares as any finite number does
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if not math.isfinite(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    def __reduce__(self):
        cls = self.__class__
        return cls, (self._numerator, self._denominator)

    def __copy__(self):
        return _same_or_rebuilt(self)

    def __deepcopy__(self, memo):
        return _same_or_rebuilt(self)

    del _make_operators
