# cmath: every function on seeded random arguments of several magnitudes, on all the
# special-value combinations of C99 Annex G (infinities, NaNs, signed zeros), and the
# errors, as CPython computes them.
import cmath
import math
import random

rng = random.Random(3)
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh']


def show(z):
    if isinstance(z, complex):
        return '(%s %s)' % (z.real.hex(), z.imag.hex())
    return repr(z)


for name in names:
    f = getattr(cmath, name)
    out = []
    for i in range(12):
        scale = 10 ** rng.choice([-8, -1, 0, 0, 1, 2, 150, 300])
        z = complex(rng.uniform(-1, 1) * scale, rng.uniform(-1, 1) * scale)
        try:
            out.append(show(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))

classes = [float('-inf'), -2.0, -0.0, 0.0, 2.0, float('inf'), float('nan')]
for name in names:
    f = getattr(cmath, name)
    out = []
    for x in classes:
        for y in classes:
            try:
                out.append(show(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(name, ' '.join(out))
out = []
for x in classes:
    for y in classes:
        try:
            out.append(show(cmath.rect(x, y)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
print('rect', ' '.join(out))
print([show(cmath.polar(complex(x, y))) for x in classes for y in classes[:3]])
print([cmath.phase(complex(x, y)) for x in classes for y in classes])
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-1), cmath.log10(-100), cmath.sqrt(-4), cmath.sqrt(-0.0))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(complex(float('inf'), 1), complex(float('inf'), 1)))
print(cmath.isfinite(1+1j), cmath.isinf(complex(1, float('inf'))), cmath.isnan(complex(float('nan'), 0)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)


class C:
    def __complex__(self):
        return 3 + 4j


class Bad:
    def __complex__(self):
        return 1.5


print(cmath.sqrt(C()), cmath.exp(True), cmath.polar(C()), abs(3 + 4j), abs(complex(1e308, 1e308)) if False else '')
for bad in ["cmath.sqrt('x')", "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.log()", "cmath.log(1, 2, 3)", "cmath.log(0)", "cmath.log(1, 1)",
            "cmath.exp(1000)", "cmath.cosh(1000+1j)", "cmath.rect(1, float('inf'))", "cmath.atanh(1)", "cmath.polar(complex(1e308, 1e308))",
            "cmath.isclose(1, 2, rel_tol=-1)", "cmath.isclose(1)", "cmath.sqrt(Bad())", "abs(complex(1e308, 1e308))", "cmath.rect(1)", "cmath.phase('a')"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
