# math: the integer functions (gcd, lcm, factorial, comb, perm, isqrt, prod) exact for big
# arguments, with objects that have __index__.
import math


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(math.factorial(30), math.factorial(I(25)), len(str(math.factorial(1000))))
print(math.gcd(), math.gcd(-12), math.gcd(12, 18, 27), math.gcd(2 ** 200, 6 ** 90), math.gcd(I(14), 21))
print(math.lcm(), math.lcm(-7), math.lcm(4, 6, 10), math.lcm(2 ** 70, 3 ** 40, 0), math.lcm(12, I(18)))
print(math.comb(50, 25), math.comb(10 ** 20, 4), math.comb(1000, 999), math.comb(7, 0), math.comb(I(10), I(3)))
print(math.perm(10), math.perm(50, 10), math.perm(10 ** 19, 3), math.perm(5, 0), math.perm(3, None))
print([math.isqrt(n) for n in (0, 1, 3, 4, 15, 16, 10 ** 40, 2 ** 129 - 1)], math.isqrt(I(99)))
print(math.prod(range(1, 30)), math.prod([0.5, 4, 3]), math.prod([], start=7), math.prod([2, 3], start=0.5))
print(math.prod([True, True]), math.prod([[1], 3]), math.prod(['ab', 2]), math.prod([1.5] * 5))
print(math.floor(2.5), math.floor(-2.5), math.ceil(-0.5), math.trunc(-7.9), math.floor(I(3)) if hasattr(I, '__floor__') else 'n/a')


class F:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'

    def __float__(self):
        return 2.5


print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()), math.exp(F()))
for bad in ["math.gcd(2.0)", "math.lcm('x')", "math.comb(10 ** 30, 10 ** 25)", "math.perm(10 ** 30, 10 ** 20)", "math.factorial(-2)", "math.isqrt(-5)", "math.prod(5)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
