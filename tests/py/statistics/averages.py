# Averages of ints, floats, Fractions and Decimals (exact sums, the result in the data's
# type), medians, modes and quantiles, with the errors CPython gives.
from decimal import Decimal as D
from fractions import Fraction as F
import statistics
from statistics import *

samples = [
    [1, 2, 3, 4, 4], [3, 2.25, 4.5, -0.5, 0.25], [F(3, 7), F(1, 21), F(5, 3), F(1, 3)],
    [D('0.5'), D('0.75'), D('0.625'), D('0.375')], [1e50, 1, -1e50] * 10, [True, False, True],
    [0.1] * 10, [1, F(1, 2)], [2, 2.5, F(1, 4)], [D('1.1'), 3], [1, 2], [7],
    [2.5, float('inf')], [1, float('nan')], [D('1'), D('Infinity')],
]
for data in samples:
    out = []
    for fn in (mean, fmean, median, median_low, median_high, median_grouped, mode,
               multimode, harmonic_mean, geometric_mean):
        try:
            r = fn(data)
            out.append('%s:%r' % (type(r).__name__, r))
        except (StatisticsError, TypeError, ValueError) as e:
            out.append('%s(%s)' % (type(e).__name__, e))
    print(out)
print(mean(iter([1, 2, 3])), mean(x / 3 for x in range(7)), mean(range(10 ** 6, 10 ** 6 + 5)))
print(fmean([3.5, 4.0, 5.25]), fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]),
      fmean(iter([1, 2])), fmean((x for x in [1, 2, 3]), weights=iter([3, 2, 1])))
print(harmonic_mean([40, 60]), harmonic_mean([40, 60], weights=[5, 30]), harmonic_mean([1, 0, 5]),
      harmonic_mean([F(1, 2), F(1, 3)]), harmonic_mean([D('2.5'), D('3')]), harmonic_mean([5]))
print(geometric_mean([54, 24, 36]), geometric_mean([2, 8]), median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 2),
      median_grouped([52, 52, 53, 54]), median_grouped(range(1, 8), interval=F(1, 2)))
print(mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), mode('aabbc'),
      multimode('aabbbbccddddeeffffgg'), multimode(''), mode([(1, 2), (1, 2), 3]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(quantiles(data), quantiles(data, n=10), quantiles(data, n=5, method='inclusive'),
      quantiles([1, 2], n=3), quantiles([F(1), F(2), F(5)], n=4), quantiles([1.5, 2.5, 3], n=1))
for bad in [lambda: mean([]), lambda: fmean([]), lambda: fmean([1, 2], weights=[1]),
            lambda: fmean([1, 2], weights=[1, -1]), lambda: geometric_mean([1, -1]),
            lambda: geometric_mean([]), lambda: harmonic_mean([]), lambda: harmonic_mean([1, -1]),
            lambda: harmonic_mean([-1]), lambda: harmonic_mean(['a']), lambda: harmonic_mean([1, 2], weights=[1]),
            lambda: harmonic_mean([1, 2], weights=[0, 0]), lambda: median([]), lambda: median_low([]),
            lambda: median_high([]), lambda: median_grouped([]), lambda: median_grouped(['a', 'b']),
            lambda: mode([]), lambda: quantiles([1]), lambda: quantiles([1, 2], n=0),
            lambda: quantiles([1, 2], method='x'), lambda: mean(['a', 'b']),
            lambda: median_grouped([1, 2], interval='x')]:
    try:
        print(bad())
    except (StatisticsError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(StatisticsError, ValueError), sorted(statistics.__all__))
for bad in ([F(1), D(1)], [1.5, D(1)]):
    try:
        mean(bad)
    except TypeError as e:
        print(type(e).__name__, str(e).startswith("don't know how to coerce"))
