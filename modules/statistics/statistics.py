"""Statistics of numeric data: gopy's statistics module.

Averages, spreads and the relations between two samples, with CPython 3.11's results.
Sums that decide a result's value (mean, the variances) are exact: every datum becomes a
numerator and denominator and the arithmetic is on Fractions, so the only rounding is the
conversion of the final value to the type of the data (int, float, Fraction or Decimal).
fmean, the geometric mean, covariance, correlation and regression are float arithmetic
on math.fsum, as CPython's are. NormalDist is the normal distribution.
"""

import math
import numbers
import random
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from decimal import Decimal, getcontext
from fractions import Fraction

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
    'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'), module='statistics')


# ---- exact sums ----------------------------------------------------------------------------

def _common_type(a, b):
    """The type a result of data of types a and b is given (ints and bools give way to
    anything, a subclass wins over its base, floats over Fractions)."""
    if a is b or b is int or b is bool:
        return a
    if a is int:
        return b
    if issubclass(b, a):
        return b
    if issubclass(a, b):
        return a
    if issubclass(a, int):
        return b
    if issubclass(b, int):
        return a
    if issubclass(a, Fraction) and issubclass(b, float):
        return b
    if issubclass(a, float) and issubclass(b, Fraction):
        return a
    raise TypeError("don't know how to coerce %s and %s" % (a.__name__, b.__name__))


def _ratio(x):
    """x as (numerator, denominator), or (x, None) for an infinity or a NaN."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return x, None
    try:
        return x.numerator, x.denominator
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


class _Tally:
    """Exact running sums of data (and of their squares): the common type of the data,
    their count, and the non-finite values summed apart."""

    def __init__(self, squares=False):
        self.kind = int
        self.types = []
        self.count = 0
        self.by_den = {}
        self.sq_by_den = {} if squares else None
        self.odd = None     # the sum of the infinities and NaNs, if there were any

    def add_all(self, data):
        last = None
        for x in data:
            t = type(x)
            if t is not last:
                if t not in self.types:
                    self.types.append(t)
                last = t
            num, den = _ratio(x)
            self.count += 1
            if den is None:
                self.odd = num if self.odd is None else self.odd + num
                continue
            self.by_den[den] = self.by_den.get(den, 0) + num
            if self.sq_by_den is not None:
                self.sq_by_den[den] = self.sq_by_den.get(den, 0) + num * num
        kind = int
        for t in self.types:
            kind = _common_type(kind, t)
        self.kind = kind
        return self

    def total(self):
        if self.odd is not None:
            return self.odd
        return sum((Fraction(n, d) for d, n in self.by_den.items()), Fraction(0))

    def total_of_squares(self):
        return sum((Fraction(n, d * d) for d, n in self.sq_by_den.items()), Fraction(0))


def _as_type(value, kind):
    """The exact value (a Fraction, or a non-finite number) as an object of type kind."""
    if type(value) is kind:
        return value
    if issubclass(kind, int) and value.denominator != 1:
        kind = float
    try:
        return kind(value)
    except TypeError:
        if issubclass(kind, Decimal):
            return kind(value.numerator) / kind(value.denominator)
        raise


def _deviations(data, center):
    """(type, exact sum of squared deviations, center, count) of data."""
    if center is not None:
        t = _Tally().add_all((x - center) * (x - center) for x in data)
        return t.kind, t.total(), center, t.count
    t = _Tally(squares=True).add_all(data)
    n = t.count
    if not n:
        return t.kind, Fraction(0), Fraction(0), 0
    if t.odd is not None:
        return t.kind, t.odd, t.odd, n
    sx = t.total()
    return t.kind, t.total_of_squares() - sx * sx / n, sx / n, n


def _float_root(num, den):
    """sqrt(num / den) as a correctly rounded float: a 55-bit integer root whose last
    bit is set when it is inexact rounds once, correctly, to 53 bits."""
    shift = (110 - num.bit_length() + den.bit_length()) // 2
    if shift >= 0:
        root = math.isqrt((num << 2 * shift) // den)
        exact = root * root * den == num << 2 * shift
    else:
        root = math.isqrt(num // (den << -2 * shift))
        exact = root * root * (den << -2 * shift) == num
    if not exact:
        root |= 1
    return math.ldexp(float(root), -shift)


def _decimal_root(num, den):
    """sqrt(num / den) as the Decimal nearest it at the current precision."""
    if num <= 0:
        if not num:
            return Decimal('0.0')
        num, den = -num, -den
    target = Fraction(num, den)
    root = (Decimal(num) / Decimal(den)).sqrt()
    for neighbour in (root.next_plus(), root.next_minus()):
        middle = (Fraction(root) + Fraction(neighbour)) / 2
        if neighbour > root and middle * middle < target:
            return neighbour
        if neighbour < root and middle * middle > target:
            return neighbour
    return root


# ---- averages ------------------------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, exact but for the final conversion to its type."""
    t = _Tally().add_all(data)
    if t.count < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(t.total() / t.count, t.kind)


def fmean(data, weights=None):
    """The mean of data converted to floats (weighted, if weights are given)."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        k = len(weights)
    except TypeError:
        weights = list(weights)
        k = len(weights)
    top = math.fsum(x * w for x, w in zip(data, weights))
    if n != k:
        raise StatisticsError('data and weights must be the same length')
    bottom = math.fsum(weights)
    if not bottom:
        raise StatisticsError('sum of weights must be non-zero')
    return top / bottom


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


def _non_negative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    """The reciprocal of the mean of the reciprocals of data (weighted, if given)."""
    if iter(data) is data:
        data = list(data)
    message = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (numbers.Real, Decimal)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(message)
        return x
    if weights is None:
        weights = [1] * n
        weight = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight = _Tally().add_all(_non_negative(weights, message)).total()
    try:
        terms = (w / x if w else 0
                 for w, x in zip(weights, _non_negative(data, message)))
        t = _Tally().add_all(terms)
    except ZeroDivisionError:
        return 0
    total = t.total()
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _as_type(weight / total, t.kind)


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """The middle value of data, or the lower of the two middle values."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    """The middle value of data, or the higher of the two middle values."""
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[len(data) // 2]


def median_grouped(data, interval=1.0):
    """The median of data that are the midpoints of bins interval wide, interpolated
    within the median's bin."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    first = bisect_left(data, x)
    after = bisect_right(data, x, lo=first)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return x - interval / 2.0 + interval * (n / 2 - first) / (after - first)


def mode(data):
    """The most common value (the first seen of equally common ones)."""
    counts = Counter(iter(data))
    if not counts:
        raise StatisticsError('no mode for empty data')
    return counts.most_common(1)[0][0]


def multimode(data):
    """Every most common value, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n groups of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, part = divmod(i * span, n)
            cuts.append((data[j] * (n - part) + data[j + 1] * part) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            part = i * span - j * n
            cuts.append((data[j - 1] * (n - part) + data[j] * part) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# ---- spread ------------------------------------------------------------------------------

def _mean_square(data, center, sample, name):
    """(type, exact mean squared deviation) of data: over n - 1 for a sample, n for a
    population."""
    kind, ss, _, n = _deviations(data, center)
    if n < 1 + sample:
        raise StatisticsError('%s requires at least %s data point%s'
                              % (name, 'two' if sample else 'one', 's' if sample else ''))
    return kind, ss / (n - sample)


def _root_of(value, kind):
    if issubclass(kind, Decimal):
        return _decimal_root(value.numerator, value.denominator)
    return _float_root(value.numerator, value.denominator)


def variance(data, xbar=None):
    """The sample variance of data (xbar, if given, is taken as their mean)."""
    kind, ms = _mean_square(data, xbar, True, 'variance')
    return _as_type(ms, kind)


def pvariance(data, mu=None):
    """The population variance of data (mu, if given, is taken as their mean)."""
    kind, ms = _mean_square(data, mu, False, 'pvariance')
    return _as_type(ms, kind)


def stdev(data, xbar=None):
    """The square root of the sample variance, correctly rounded."""
    kind, ms = _mean_square(data, xbar, True, 'stdev')
    return _root_of(ms, kind)


def pstdev(data, mu=None):
    """The square root of the population variance, correctly rounded."""
    kind, ms = _mean_square(data, mu, False, 'pstdev')
    return _root_of(ms, kind)


# ---- two samples -------------------------------------------------------------------------

def _paired(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def covariance(x, y):
    """The sample covariance of x and y."""
    n = _paired(x, y, 'covariance')
    xm = math.fsum(x) / n
    ym = math.fsum(y) / n
    return math.fsum((a - xm) * (b - ym) for a, b in zip(x, y)) / (n - 1)


def correlation(x, y):
    """Pearson's correlation coefficient of x and y."""
    n = _paired(x, y, 'correlation')
    xm = math.fsum(x) / n
    ym = math.fsum(y) / n
    sxy = math.fsum((a - xm) * (b - ym) for a, b in zip(x, y))
    sxx = math.fsum((a - xm) * (a - xm) for a in x)
    syy = math.fsum((b - ym) * (b - ym) for b in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


def linear_regression(x, y, *, proportional=False):
    """LinearRegression(slope, intercept) of the least-squares line through (x, y) (through
    the origin if proportional)."""
    n = _paired(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum(a * b for a, b in zip(x, y))
        sxx = math.fsum(a * a for a in x)
    else:
        xm = math.fsum(x) / n
        ym = math.fsum(y) / n
        sxy = math.fsum((a - xm) * (b - ym) for a, b in zip(x, y))
        sxx = math.fsum((a - xm) * (a - xm) for a in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    return LinearRegression(slope=slope, intercept=0.0 if proportional else ym - slope * xm)


# ---- the normal distribution -------------------------------------------------------------

# Wichura's algorithm AS241 (Applied Statistics 37, 1988): rational approximations of the
# normal distribution's inverse, as numerator and denominator coefficients from the
# highest power down, for the centre and for the two regions of the tails.
_CENTRE = (
    (2509.0809287301226727, 33430.575583588128105, 67265.770927008700853,
     45921.953931549871457, 13731.693765509461125, 1971.5909503065514427,
     133.14166789178437745, 3.387132872796366608),
    (5226.495278852854561, 28729.085735721942674, 39307.89580009271061,
     21213.794301586595867, 5394.1960214247511077, 687.1870074920579083,
     42.313330701600911252, 1.0),
)
_NEAR_TAIL = (
    (7.7454501427834140764e-4, 0.0227238449892691845833, 0.24178072517745061177,
     1.27045825245236838258, 3.64784832476320460504, 5.7694972214606914055,
     4.6303378461565452959, 1.42343711074968357734),
    (1.05075007164441684324e-9, 5.475938084995344946e-4, 0.0151986665636164571966,
     0.14810397642748007459, 0.68976733498510000455, 1.6763848301838038494,
     2.05319162663775882187, 1.0),
)
_FAR_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 0.0012426609473880784386,
     0.026532189526576123093, 0.29656057182850489123, 1.7848265399172913358,
     5.4637849111641143699, 6.6579046435011037772),
    (2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5,
     7.868691311456132591e-4, 0.0148753612908506148525, 0.13692988092273580531,
     0.59983220655588793769, 1.0),
)


def _horner(coefficients, r):
    total = 0.0
    for c in coefficients:
        total = total * r + c
    return total


def _inverse_normal(p, mu, sigma):
    """The x at which the normal distribution (mu, sigma) has probability p below."""
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _CENTRE
        return mu + (_horner(num, r) * q / _horner(den, r)) * sigma
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        num, den = _NEAR_TAIL
        r -= 1.6
    else:
        num, den = _FAR_TAIL
        r -= 5.0
    x = _horner(num, r) / _horner(den, r)
    return mu + (-x if q < 0.0 else x) * sigma


class NormalDist:
    """The normal (Gaussian) distribution with mean mu and standard deviation sigma."""

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        """A normal distribution centred on mu with spread sigma (not negative)."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution with the mean and sample deviation of data."""
        kind, ss, center, n = _deviations(data, None)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        spread = ss / (n - 1)
        try:
            return cls(float(center), _float_root(spread.numerator, spread.denominator))
        except AttributeError:
            return cls(float(center), float(center) / float(ss))

    def samples(self, n, *, seed=None):
        """n random samples (reproducible for a given seed)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return math.exp(d * d / (-2.0 * var)) / math.sqrt(math.tau * var)

    def cdf(self, x):
        """The probability of a value at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def inv_cdf(self, p):
        """The value with probability p of being at least as large as a sample."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _inverse_normal(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n equally likely parts."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        va, vb = a.variance, b.variance
        if not va or not vb:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = math.fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * a._sigma * math.sqrt(2.0)))
        left = a._mu * vb - b._mu * va
        right = a._sigma * b._sigma * math.sqrt(dm * dm + dv * math.log(vb / va))
        x1 = (left + right) / dv
        x2 = (left - right) / dv
        return 1.0 - (math.fabs(b.cdf(x1) - a.cdf(x1)) + math.fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x is above the mean."""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """mu: the mean."""
        return self._mu

    @property
    def median(self):
        """mu: the median."""
        return self._mu

    @property
    def mode(self):
        """mu: the mode."""
        return self._mu

    @property
    def stdev(self):
        """sigma."""
        return self._sigma

    @property
    def variance(self):
        """sigma squared."""
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * math.fabs(other))

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / math.fabs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__

    def __rsub__(self, other):
        return -(self - other)

    __rmul__ = __mul__

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
