# Seeded sequences of every function of random, the module's and a Random's, with the
# errors CPython gives.
import random
from fractions import Fraction

r = random.Random(2024)
print(r.choices('abcde', k=8), r.choices(range(10), weights=[1] * 9 + [20], k=6),
      r.choices('xyz', cum_weights=[1, 5, 6], k=5), r.choices([1.5, 2.5]))
print(r.sample(range(100), 7), r.sample('abcdefgh', k=3), r.sample(range(10 ** 9), 3),
      r.sample(['a', 'b'], counts=[3, 2], k=4))
items = list(range(12))
r.shuffle(items)
print(items)
print([r.gauss(0, 1) for _ in range(4)], r.gauss(), [r.normalvariate(5, 2) for _ in range(3)])
print(r.triangular(), r.triangular(1, 5, 2), r.betavariate(2, 3), r.expovariate(1.5),
      r.gammavariate(0.5, 2), r.gammavariate(1, 1), r.gammavariate(3, 0.5),
      r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.vonmisesvariate(1, 0),
      r.paretovariate(3), r.weibullvariate(1, 1.5))
print(r.randbytes(9), r.getrandbits(70), r.randrange(10, 100, 7), r.randint(-5, 5),
      r.choice('qwerty'), r.uniform(2, 3), r.random())
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
random.seed(7)
print(random.choices([1, 2, 3], k=4), random.sample(range(20), 4), random.gauss(10, 3))
for seed in (0, 'text', b'bytes', 3.25, -17, 2 ** 100):
    r.seed(seed)
    print(repr(seed), r.random(), r.randrange(1000))
for bad in [lambda: r.choices([], k=1), lambda: r.choices('ab', weights=[1], k=1),
            lambda: r.choices('ab', weights=[1, 2], cum_weights=[1, 2]),
            lambda: r.choices('ab', weights=[0, 0]), lambda: r.sample(range(3), 5),
            lambda: r.sample(range(3), -1), lambda: r.sample({1, 2}, 1),
            lambda: r.sample('ab', 1, counts=[1]), lambda: r.choice([]),
            lambda: r.randrange(5, 5), lambda: r.randrange(1.5), lambda: r.getrandbits(-1),
            lambda: r.shuffle((1, 2)), lambda: r.sample('ab', 1, counts=[-1, 1])]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(r.randrange(10.0), r.randrange(2, 9.0, 2.0))
    try:
        r.randrange(2.5)
    except ValueError as e:
        print(type(e).__name__, e)
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
