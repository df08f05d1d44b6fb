# gauss and the distributions over exp/log/sin/cos give python3's numbers for these seeds
# (random's correctly rounded libm; the C library differs from it only near halfway cases).
import random
random.seed(2024)
print([random.gauss(0, 1) for _ in range(20)])
print([random.normalvariate(0, 1) for _ in range(10)])
print([random.expovariate(2) for _ in range(10)])
print([random.lognormvariate(0, 1) for _ in range(5)])
r = random.Random(7)
print([r.gauss(10, 2) for _ in range(10)])
