# exp, ln, log10, sqrt and powers of seeded random operands at several precisions and
# roundings: results are correctly rounded, so they must be CPython's digit for digit.
import random
from decimal import *

rng = random.Random(99)


def operand(small=False):
    digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 8)))
    exp = rng.randint(-10, 2) if small else rng.randint(-12, 12)
    return Decimal('%s%sE%d' % (rng.choice(['', '', '-']), digits, exp))


roundings = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]
for prec in (5, 16, 28, 50):
    with localcontext(prec=prec, rounding=rng.choice(roundings)) as ctx:
        ctx.traps[InvalidOperation] = False
        ctx.traps[DivisionByZero] = False
        ctx.traps[Overflow] = False
        print(ctx.prec, ctx.rounding)
        for i in range(40):
            x = operand(small=True)
            y = operand()
            z = Decimal(rng.randint(-30, 30))
            results = []
            for fn in (lambda: x.exp(), lambda: y.ln(), lambda: y.log10(),
                       lambda: y.sqrt(), lambda: abs(y) ** x, lambda: y ** z):
                ctx.clear_flags()
                r = fn()
                results.append('%s%s' % (r, ''.join(s.__name__[0] for s in ctx.flags
                                                   if ctx.flags[s])))
            print(x, y, z, ' '.join(results))
print(Decimal(1).exp(), Decimal(-1).exp(), Decimal(10).ln(), Decimal(2).log10())
print(Decimal('1e-20').exp(), Decimal('1.0000000001').ln(), Decimal('0.99999999999').ln())
print(Decimal(100).log10(), Decimal('0.001').log10(), Decimal(1).ln(), Decimal(0).exp())
with localcontext(traps=[]) as ctx:
    print(Decimal(2000000).exp(), Decimal(-2000000).exp(), ctx.flags[Overflow], ctx.flags[Underflow])
print(Decimal(2) ** Decimal('0.5'), Decimal(4) ** Decimal('0.5'), Decimal('1.5') ** 100)
print(Decimal(3) ** -1, Decimal(2) ** -2, Decimal(-2) ** 3, Decimal(10) ** 30)
print(Decimal(0) ** -1, Decimal('-0') ** 3, Decimal('Inf') ** -2, Decimal('-Inf') ** 3)
print(Decimal('0.5') ** Decimal('Inf'), Decimal(2) ** Decimal('-Inf'), pow(Decimal(5), 3, 7), pow(Decimal(-5), 3, 7))
