# Seeded generators give python3's numbers: the Mersenne Twister, seeding by int, str, bytes and
# float, getrandbits, and every function built on them; state, pickling and argument errors.
import random
random.seed(1)
print(random.random(), random.random())
for s in [0, 42, 2**32, 2**64 + 5, -7, 12345678901234567890123, 'hello', b'bytes', bytearray(b'ba'), 1.5, -2.25, True, '']:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(5), random.getrandbits(40), random.getrandbits(64), random.getrandbits(100))
random.seed(3)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(100) for _ in range(5)], random.randrange(10, 20), random.randrange(0, 100, 7), random.randrange(50, 0, -3))
print(random.randrange(2 ** 70), random.randint(-10 ** 20, 10 ** 20))
l = list(range(20)); random.shuffle(l); print(l)
print(random.choice('abcdef'), random.choice([1, 2, 3]), random.choice(range(1000)))
print(random.sample(range(100), 5), random.sample('abcdefgh', 3), random.sample(range(10 ** 6), 4))
print(random.sample(['r', 'b'], 4, counts=[3, 2]))
print(random.choices('abc', k=5), random.choices([1, 2, 3], weights=[1, 0, 5], k=6), random.choices('xy', cum_weights=[1, 10], k=4))
print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 2))
print([round(random.gauss(0, 1), 12) for _ in range(5)])  # libm's last bit may differ
print([random.normalvariate(5, 2) for _ in range(3)], random.lognormvariate(0, 1), random.expovariate(1.5))
print(random.vonmisesvariate(1, 2), random.gammavariate(2.5, 1), random.gammavariate(0.5, 2), random.gammavariate(1.0, 3))
print(random.betavariate(2, 3), round(random.paretovariate(2), 12), random.weibullvariate(1, 2), random.randbytes(6))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)], len(st), st[0], len(st[1]), st[1][-1])
r = random.Random(99)
r2 = random.Random(99)
print(r.random() == r2.random(), r.randint(0, 1000), random.Random('x').random())
class MyRandom(random.Random):
    pass
print(MyRandom(5).random(), isinstance(MyRandom(), random.Random))
import pickle
r3 = pickle.loads(pickle.dumps(r))
print(r3.random() == r.random())
for _ in range(1000):
    random.random()
print(random.random(), random.getrandbits(32))
for f in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(0, 10, 0),
          lambda: random.randrange(10, 0), lambda: random.choice([]),
          lambda: random.sample(range(3), 4), lambda: random.sample({1, 2}, 1), lambda: random.getrandbits(-1),
          lambda: random.seed([1]), lambda: random.setstate((3, (1, 2), None)), lambda: random.choices('ab', 3),
          lambda: random.gammavariate(0, 1), lambda: random.setstate((9, (), None))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
