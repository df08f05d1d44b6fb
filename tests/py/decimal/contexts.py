# Contexts: the current one per thread, localcontext, settings and their checks, flags
# and traps as signal dicts, the signals' hierarchy and the messages of trapped signals.
import pickle
import threading
import decimal
from decimal import *

c = getcontext()
print(c)
print(c.flags)
print(type(c.flags).__name__, len(c.traps), list(c.traps)[:2])
print(DefaultContext, BasicContext, ExtendedContext, sep='\n')
print(getcontext() is getcontext(), getcontext() is DefaultContext, c.Etiny(), c.Etop())
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, decimal.HAVE_THREADS)
print([r for r in (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
                   ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)])

for attr, value in [('prec', 0), ('prec', 'x'), ('prec', 10 ** 20), ('rounding', 'x'),
                    ('rounding', 3), ('Emin', 1), ('Emax', -1), ('capitals', 2),
                    ('clamp', 2), ('flags', 1), ('traps', [1])]:
    try:
        setattr(Context(), attr, value)
    except (TypeError, ValueError, OverflowError) as e:
        print(attr, type(e).__name__, e)
for kw in [dict(prec=0), dict(rounding='x'), dict(flags=[1]), dict(traps={Rounded: 1})]:
    try:
        Context(**kw)
    except (TypeError, ValueError, KeyError) as e:
        print(kw, type(e).__name__, e)
for bad in [lambda: c.flags['x'], lambda: c.flags.__setitem__(ConversionSyntax, 1),
            lambda: c.flags.__delitem__(Inexact), lambda: setcontext(1),
            lambda: localcontext(foo=1), lambda: localcontext(prec='a'),
            lambda: localcontext(1)]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

# Signals, their hierarchy and what a trap raises.
for s in (Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
          DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow,
          Underflow, FloatOperation, DecimalException):
    print(s.__name__, [b.__name__ for b in s.__mro__[1:]])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))


def attempt(label, fn):
    c = getcontext()
    c.clear_flags()
    try:
        r = fn()
    except DecimalException as e:
        r = '%s %s' % (type(e).__name__, e)
    print(label, r, [s.__name__ for s in c.flags if c.flags[s]])


attempt('1/0', lambda: Decimal(1) / 0)
attempt('0/0', lambda: Decimal(0) / 0)
attempt('1e30//1', lambda: Decimal('1e30') // 1)
attempt('sqrt(-1)', lambda: Decimal(-1).sqrt())
attempt('overflow', lambda: Decimal('9e999999') * 10)
attempt('inexact', lambda: Decimal(1) / 3)
with localcontext() as ctx:
    ctx.traps[Inexact] = True
    attempt('trap Inexact', lambda: Decimal(1) / 3)
    ctx.traps[Rounded] = True
    attempt('trap Rounded too', lambda: Decimal(2) / 3)
    print(ctx)
with localcontext(traps=[FloatOperation]) as ctx:
    attempt('float ctor', lambda: Decimal(0.5))
    attempt('float lt', lambda: Decimal(1) < 1.5)
    attempt('float eq', lambda: Decimal(1) == 1.0)
    attempt('from_float', lambda: Decimal.from_float(0.5))
with localcontext(Emin=-5, Emax=5, prec=3, traps=[Underflow, Clamped]) as ctx:
    attempt('underflow', lambda: Decimal('1e-6') / 1000)
    attempt('subnormal', lambda: +Decimal('1.2e-6'))
    ctx.traps[Underflow] = False
    attempt('subnormal zero', lambda: Decimal('1e-6') / 10 ** 6)
with localcontext(traps=[]) as ctx:
    print(Decimal(1) / 0, Decimal(0) / 0, Decimal('Inf') - Decimal('Inf'), ctx.flags)

# localcontext and setcontext.
with localcontext(prec=5, rounding=ROUND_DOWN) as ctx:
    print(ctx.prec, Decimal(2) / 3, getcontext() is ctx)
    with localcontext(ctx, prec=2):
        print(Decimal(2) / 3)
    print(Decimal(2) / 3)
print(getcontext().prec, Decimal(2) / 3)
saved = getcontext()
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec, Decimal(2) / 3)
setcontext(saved)
new = Context(prec=4)
setcontext(new)
print(getcontext() is new, Decimal(2) / 3)
setcontext(saved)

# Each thread has its own context, a copy of DefaultContext to start with.
seen = []


def worker():
    c = getcontext()
    seen.append((c is saved, c.prec))
    c.prec = 3
    seen.append(str(Decimal(1) / 7))


getcontext().prec = 10
t = threading.Thread(target=worker)
t.start()
t.join()
print(seen, getcontext().prec, Decimal(1) / 7)
getcontext().prec = 28

# Context methods, copies and pickles.
c = Context(prec=6, rounding=ROUND_HALF_UP, flags=[Inexact])
print(c.add(1, 2), c.divide(1, 7), c.power(2, 10), c.power(3, 4, 5), c.sqrt(2), c.exp(1),
      c.divmod(7, 2), c.remainder(-7, 2), c.to_sci_string(Decimal('1e10')), c.compare(1, 2),
      c.is_zero(0), c.number_class(1), c.copy_sign(1, -2), c.fma(2, 3, 4), c.create_decimal('1.23456789'),
      c.create_decimal_from_float(0.1), c.abs(-3), c.minus(2), c.plus(Decimal('1.2345678')))
for bad in [lambda: c.add(1.5, 1), lambda: c.add('1', 1), lambda: Decimal(1).compare(1.5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
d = c.copy()
d.prec = 2
print(c.prec, d.prec, d.flags[Inexact], c.__reduce__())
print(pickle.loads(pickle.dumps(c)))
c.clear_flags()
c.clear_traps()
print(c)
