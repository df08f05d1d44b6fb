# Decimal's constructors, printing, conversions, hashing, comparisons and pickling, with
# the errors CPython gives.
import copy
import math
import pickle
from decimal import *
from fractions import Fraction

for text in ['0', '-0', '1.50', '  12  ', '1_000.5', '1._5', '_1', '-.5', '5.', '1e3', '1E-7', '123e-9',
             '-1.23E+5', 'inf', '-Infinity', 'NaN', '-nan12', 'sNaN0034', '0.000001',
             '0.0000001', '1e999999999', '12345678901234567890123456789012345']:
    d = Decimal(text)
    print(repr(text), repr(d), str(d), d.to_eng_string(), d.as_tuple())
for bad in ['', 'abc', '1e', '1.2.3', '_1', '1__0', 'nan(1)', '--1', 'Infinit', '1 2']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e.args)
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(repr(Decimal('junk')), ctx.flags[InvalidOperation])
print(Decimal(10 ** 30), Decimal(-7), Decimal(True), Decimal(0.1), Decimal(-0.0),
      Decimal(float('inf')), Decimal(float('nan')))
print(Decimal.from_float(0.25), Decimal.from_float(3), Decimal((1, (3, 1, 4), -2)),
      Decimal((0, (), 'F')), Decimal([0, (1, 2), 'n']), Decimal(Decimal('7.70')))
for bad in [[1], (3, (1,), 1), (0, (10,), 1), (0, (1,), 'x'), (0, (1,), 1.5), (0, 5, 1),
            object(), b'1', 1j, None]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ['x', 1.5]:
    try:
        Decimal.from_float(bad)
    except TypeError as e:
        print('from_float', type(e).__name__, e)
try:
    Decimal('1', 5)
except TypeError as e:
    print(type(e).__name__, e)

# Conversions.
for text in ['2.5', '-2.5', '3.5', '-0.4', '1e3', '123.456']:
    d = Decimal(text)
    print(text, int(d), float(d), round(d), round(d, 1), math.floor(d), math.ceil(d),
          math.trunc(d), d.as_integer_ratio(), bool(d), complex(d))
for text in ['NaN', 'sNaN', 'Inf', '-Inf']:
    d = Decimal(text)
    for fn in (int, float, round, math.floor, lambda x: x.as_integer_ratio()):
        try:
            print(text, fn(d))
        except (ValueError, OverflowError) as e:
            print(text, type(e).__name__, e)
print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('1.5').conjugate(), Decimal(3).radix())

# Hashes equal those of equal ints, floats and Fractions.
for text in ['0', '-0', '1', '-1', '1.5', '0.1', '-2.75', '1e100', '1.000', '123456789e-20',
             'Inf', '-Inf']:
    d = Decimal(text)
    print(text, hash(d))
print(hash(Decimal(5)) == hash(5), hash(Decimal('0.5')) == hash(0.5),
      hash(Decimal('0.1')) == hash(Fraction(1, 10)), hash(Decimal('2.50')) == hash(2.5))
print({Decimal('1.0'): 'a'}[1], len({Decimal(1), 1, 1.0, Fraction(1)}))
try:
    hash(Decimal('sNaN'))
except TypeError as e:
    print(type(e).__name__, e)
n = Decimal('NaN')
print(hash(n) == hash(n))

# Comparisons.
print(Decimal('1.0') == 1, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1,
      Decimal('0.5') == Fraction(1, 2), Decimal(1) == 1 + 0j, Decimal(1) < 2,
      Decimal('0.3') < Fraction(1, 3), Decimal(2) >= 2.0, Decimal(1) == 'x',
      Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1)
print(sorted([Decimal('0.3'), 1, Decimal('-2'), 0.25, Decimal('1e-3')]))
print(max(Decimal(1), Decimal('1.0')), min([Decimal(3), Decimal(-1)]))
for expr in ["Decimal(1) < Decimal('NaN')", "Decimal(1) == Decimal('sNaN')",
             "Decimal(1) < 'x'", "Decimal(1) + 1.5", "1.5 * Decimal(1)"]:
    try:
        print(expr, eval(expr))
    except (InvalidOperation, TypeError) as e:
        print(expr, type(e).__name__, str(e).replace("'decimal.Decimal'", "'Decimal'"))

# Pickling and copying keep the exact representation; subclasses survive.
class Money(Decimal):
    pass


for d in [Decimal('1.50'), Decimal('-0'), Decimal('NaN12'), Decimal('-Inf'), Decimal('1E+3')]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert repr(pickle.loads(pickle.dumps(d, proto))) == repr(d)
    print(repr(pickle.loads(pickle.dumps(d))), repr(copy.copy(d)), repr(copy.deepcopy(d)))
print(pickle.dumps(Decimal('1.5'), 0), pickle.dumps(Decimal('-2E+3'), 2))
m = Money('2.5')
print(type(m).__name__, m, type(m + 1).__name__, type(pickle.loads(pickle.dumps(m))).__name__,
      type(copy.copy(m)).__name__, Decimal(m) is m, type(Money.from_float(0.5)).__name__)
d = Decimal('3.1')
print(Decimal(d) is d, d.__reduce__())
