# math: fsum is exact (partials, half-even across partials), hypot and dist follow
# CPython's scaled compensated algorithm to the bit.
import math
import random

rng = random.Random(7)
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([2.0 ** 53, -0.5, -2.0 ** -54]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([float('inf'), 1.0]), math.fsum([float('nan'), 1.0]))
print(math.fsum(iter([0.5, 0.25])), math.fsum([-0.0]), math.fsum([1e308, 1e308, -1e308]) if False else 'skip')
for trial in range(20):
    xs = [rng.uniform(-1, 1) * 10 ** rng.randint(-20, 20) for i in range(rng.randint(1, 30))]
    print(math.fsum(xs).hex(), end=' ')
print()
for trial in range(40):
    n = rng.randint(1, 8)
    v = [rng.gauss(0, 10 ** rng.randint(-5, 5)) for i in range(n)]
    w = [rng.uniform(-100, 100) for i in range(n)]
    print(math.hypot(*v).hex(), math.dist(v, w).hex())
print(math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1))
print(math.dist((1, 2, 3), [4, 6, 3]), math.dist(iter([1.0]), (2,)), math.hypot(True, 3))
for bad in ["math.fsum([1e308, 1e308])", "math.fsum([float('inf'), -float('inf')])", "math.dist((1,), (1, 2))", "math.dist(1, 2)", "math.hypot(1, 'a')", "math.dist()"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
