# Arithmetic on seeded random operands under several contexts: every result and the
# flags it raised, printed so any difference from CPython's decimal shows.
import random
from decimal import *

rng = random.Random(1234)


def operand():
    r = rng.random()
    if r < 0.04:
        return rng.choice(['Inf', '-Inf', 'NaN', '-NaN7', 'sNaN', '0', '-0', '0E+5', '-0.000'])
    digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 12)))
    exp = rng.randint(-15, 15)
    sign = rng.choice(['', '-'])
    return '%s%sE%d' % (sign, digits, exp)


roundings = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN,
             ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
ops = [
    ('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
    ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
    ('divmod', divmod), ('quantize', lambda a, b: a.quantize(b)),
    ('rnear', lambda a, b: a.remainder_near(b)), ('max', lambda a, b: a.max(b)),
    ('min_mag', lambda a, b: a.min_mag(b)), ('compare', lambda a, b: a.compare(b)),
    ('ctotal', lambda a, b: a.compare_total(b)), ('fma', lambda a, b: a.fma(b, a)),
    ('sqrt', lambda a, b: a.sqrt()), ('plus', lambda a, b: +a),
    ('normalize', lambda a, b: a.normalize()), ('to_int', lambda a, b: a.to_integral_exact()),
    ('next_plus', lambda a, b: a.next_plus()), ('next_toward', lambda a, b: a.next_toward(b)),
    ('eng', lambda a, b: a.to_eng_string()), ('lt', lambda a, b: a < b),
    ('eq', lambda a, b: a == b), ('logb', lambda a, b: a.logb()),
]

for round_no in range(12):
    with localcontext() as ctx:
        ctx.prec = rng.choice([1, 3, 9, 28])
        ctx.rounding = rng.choice(roundings)
        ctx.Emax = rng.choice([999999, 20, 99])
        ctx.Emin = -ctx.Emax
        ctx.clamp = rng.choice([0, 1])
        ctx.traps[InvalidOperation] = False
        ctx.traps[DivisionByZero] = False
        ctx.traps[Overflow] = False
        print(ctx)
        for i in range(150):
            x, y = Decimal(operand()), Decimal(operand())
            name, fn = ops[i % len(ops)]
            ctx.clear_flags()
            try:
                r = fn(x, y)
            except Exception as e:
                r = '%s: %s' % (type(e).__name__, e)
            flags = [s.__name__ for s in ctx.flags if ctx.flags[s]]
            print(name, x, y, '->', r, flags)
