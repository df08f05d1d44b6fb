# Variances (exact, in the data's type) and standard deviations (correctly rounded), the
# relations between two samples, and the errors CPython gives.
from decimal import Decimal as D, localcontext
from fractions import Fraction as F
from statistics import *

samples = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')],
    [F(1, 6), F(1, 2), F(5, 3)], [1, 2, 3, 4], [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3], [5, 5, 5],
    [1, 2.5, F(1, 3)], [True, False, False], [0.1] * 7, [1, 2], [3],
    [1.5, float('inf')], [D(2), D(3), D('7.25')], list(range(1000)),
]
for data in samples:
    out = []
    for fn in (variance, pvariance, stdev, pstdev):
        try:
            r = fn(data)
            out.append('%s:%r' % (type(r).__name__, r))
        except (StatisticsError, TypeError, ValueError, AttributeError) as e:
            out.append('%s(%s)' % (type(e).__name__, e))
    print(out)
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = mean(data)
print(variance(data, m), pvariance(data, m), stdev(data, 1), pstdev(data, 2.0),
      variance([F(1), F(2)], F(3, 2)), variance(iter([1, 2, 3, 5])))
with localcontext(prec=5):
    print(stdev([D(1), D(2), D(4)]), pstdev([D('1.5'), D('2.5')]), variance([D(1), D(2), D(4)]))
for bad in [lambda: variance([1]), lambda: pvariance([]), lambda: stdev([]), lambda: pstdev([]),
            lambda: variance(['a', 'b']), lambda: stdev([1, F(1), D(1)])]:
    try:
        print(bad())
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, str(e)[:24])

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(covariance(x, y), covariance(x, z), covariance(z, x), correlation(x, x), correlation(x, z),
      correlation(x, y), correlation([1.5, 2.25, 7.0], [0.1, 0.4, 0.2]))
print(linear_regression(x, y), linear_regression([1, 2, 3, 4, 5], [5.1, 6.9, 9.2, 11.1, 12.8]),
      linear_regression([1, 2, 3], [2.1, 3.9, 6.2], proportional=True))
lr = linear_regression([0, 1], [1, 3])
print(lr.slope, lr.intercept, type(lr).__name__, lr._fields)
for bad in [lambda: covariance([1, 2], [1]), lambda: covariance([1], [1]),
            lambda: correlation([1, 2, 3], [1, 2]), lambda: correlation([1], [2]),
            lambda: correlation([1, 1, 1], [1, 2, 3]), lambda: linear_regression([1, 2], [1]),
            lambda: linear_regression([1], [1]), lambda: linear_regression([2, 2], [1, 2])]:
    try:
        print(bad())
    except StatisticsError as e:
        print(type(e).__name__, e)
