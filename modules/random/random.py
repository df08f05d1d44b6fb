"""Random variable generators (gopy's implementation over _random's Mersenne Twister).

Every distribution consumes the generator and evaluates its floating-point arithmetic in
the same order as CPython 3.11, so a seeded generator yields python3's numbers bit for
bit; the code around that arithmetic is gopy's own."""

import _random
from math import pi as _pi, e as _e, ceil as _ceil, log as _mathlog
from math import sqrt as _sqrt, acos as _acos, floor as _floor
from math import isfinite as _isfinite
from math import exp as _exp, log as _log, sin as _sin, cos as _cos

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular", "gauss",
           "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
           "getrandbits", "choices", "randbytes"]

# Public constants of the module (python3 exposes them too). Each keeps the operations
# python3 uses, so the values are the same doubles.
_EXP_MINUS_HALF = _exp(-0.5)
NV_MAGICCONST = 4 * _EXP_MINUS_HALF / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
TWOPI = 2.0 * _pi

# randrange's default step: identity tells "step not given" from an explicit 1.
_ONE = 1

# Types seed() takes (version 2 hashes the three text/bytes kinds with SHA-512 in _random).
_SEEDABLE = (type(None), int, float, str, bytes, bytearray)
_LOW64 = (1 << 64) - 1
_WORD = 1 << 32


def _legacy_text_seed(text):
    """Seed value of version 1 for a str or bytes: the old string hash over its code
    points, kept only so that programs seeded that way replay their old sequences."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    points = [ord(ch) for ch in text]
    h = points[0] << 7 if points else 0
    for p in points:
        h = (h * 1000003 ^ p) & _LOW64
    return h ^ len(points)


def _index(x):
    if isinstance(x, int):
        return x
    try:
        method = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__) from None
    return method(x)


def _int_arg(x, message):
    """x as randrange's int argument: 3.11 still takes an integral float, with a
    DeprecationWarning pointing at randrange's caller."""
    try:
        return _index(x)
    except TypeError:
        import warnings
        i = int(x)
        if i != x:
            warnings.warn('randrange() will raise TypeError in the future',
                          DeprecationWarning, 3)
            raise ValueError(message)
        warnings.warn('non-integer arguments to randrange() have been deprecated since '
                      'Python 3.10 and will be removed in a subsequent version',
                      DeprecationWarning, 3)
        return i


def _accumulate(values):
    total = None
    out = []
    for v in values:
        total = v if total is None else total + v
        out.append(total)
    return out


def _bisect(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _is_sequence(x):
    if isinstance(x, (list, tuple, str, range, bytes, bytearray)):
        return True
    if isinstance(x, (dict, set, frozenset)):
        return False
    t = type(x)
    return hasattr(t, '__getitem__') and hasattr(t, '__len__') and not hasattr(t, 'keys')


def _sample_by_pool(population, n, picked, randbelow):
    """Fill picked with draws without replacement from a copy of the population: each
    pick is swapped out by the last still-unpicked item, so the copy shrinks by one."""
    pool = list(population)
    left = n
    for slot in range(len(picked)):
        at = randbelow(left)
        picked[slot] = pool[at]
        left -= 1
        pool[at] = pool[left]
    return picked


def _sample_by_rejection(population, n, picked, randbelow):
    """Fill picked with draws without replacement by redrawing indexes already taken
    (cheaper than a copy when few are picked from many)."""
    taken = set()
    slot = 0
    while slot < len(picked):
        at = randbelow(n)
        if at not in taken:
            taken.add(at)
            picked[slot] = population[at]
            slot += 1
    return picked


def _pool_threshold(k):
    """Population size up to which sample() copies the population instead of keeping a
    set of taken indexes (the size a set of k entries grows to, plus slack)."""
    if k <= 5:
        return 21
    return 21 + 4 ** _ceil(_mathlog(k * 3, 4))


class Random(_random.Random):
    """Mersenne Twister generator with the distributions on top; the module-level
    functions are the bound methods of one shared instance."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Reset the generator from a, or from fresh entropy when a is None."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _legacy_text_seed(a)
        elif not isinstance(a, _SEEDABLE):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Snapshot of the generator, for a later setstate()."""
        twister = super().getstate()
        return (self.VERSION, twister, self.gauss_next)

    def setstate(self, state):
        """Go back to a snapshot taken by getstate()."""
        fmt = state[0]
        if fmt != 3 and fmt != 2:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (fmt, self.VERSION))
        fmt, twister, self.gauss_next = state
        if fmt == 2:
            # Format 2 could hold words outside 0..2**32-1; bring them back into range.
            twister = tuple(word % _WORD for word in twister)
        super().setstate(twister)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        snapshot = self.getstate()
        return (type(self), (), snapshot)

    def _randbelow(self, n):
        """Uniform int in [0, n) for n > 0: draw bit_length(n) bits until below n."""
        bits = n.bit_length()
        draw = self.getrandbits
        while True:
            r = draw(bits)
            if r < n:
                return r

    def randbytes(self, n):
        """n bytes taken from the generator's bits, least significant first."""
        word = self.getrandbits(n * 8)
        return word.to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """Random member of range(start, stop, step) without building the range."""
        lo = _int_arg(start, "non-integer arg 1 for randrange()")
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if lo <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(lo)
        hi = _int_arg(stop, "non-integer stop for randrange()")
        span = hi - lo
        stride = _int_arg(step, "non-integer step for randrange()")
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)" % (lo, hi, span))
            return lo + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        count = -(-span // stride)  # len(range(lo, hi, stride)), a ceiling division
        if count <= 0:
            raise ValueError("empty range for randrange()")
        offset = self._randbelow(count)
        return lo + stride * offset

    def randint(self, a, b):
        """Random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """One element of the non-empty sequence seq."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Permute the mutable sequence x in place (Fisher-Yates, from the end)."""
        randbelow = self._randbelow
        last = len(x) - 1
        while last > 0:
            other = randbelow(last + 1)
            x[last], x[other] = x[other], x[last]
            last -= 1

    def sample(self, population, k, *, counts=None):
        """k distinct picks (by position) from a sequence, in selection order; counts
        repeats each element that many times without building the repeated list."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            return self._sample_counted(population, n, k, counts)
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        picked = [None] * k
        if n <= _pool_threshold(k):
            return _sample_by_pool(population, n, picked, self._randbelow)
        return _sample_by_rejection(population, n, picked, self._randbelow)

    def _sample_counted(self, population, n, k, counts):
        bounds = _accumulate(counts)
        if len(bounds) != n:
            raise ValueError('The number of counts does not match the population')
        size = bounds.pop()
        if not isinstance(size, int):
            raise TypeError('Counts must be integers')
        if size <= 0:
            raise ValueError('Total of counts must be greater than zero')
        slots = self.sample(range(size), k)
        return [population[_bisect(bounds, slot)] for slot in slots]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks with replacement, optionally weighted (relative or cumulative)."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                scale = n + 0.0
                return [population[_floor(random() * scale)] for _ in range(k)]
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if isinstance(weights, int):
                    k = weights
                    raise TypeError('The number of choices must be a keyword argument: k=%r' % (k,)) from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if n != len(cum_weights):
            raise ValueError('The number of weights does not match the population')
        grand = cum_weights[-1] + 0.0
        if grand <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(grand):
            raise ValueError('Total of weights must be finite')
        last = n - 1
        picks = []
        for _ in range(k):
            at = _bisect(cum_weights, random() * grand, 0, last)
            picks.append(population[at])
        return picks

    # Distributions. The arithmetic of each is python3's, operation for operation, so
    # that seeded runs agree to the last bit; names and layout are ours.

    def uniform(self, a, b):
        """Float between a and b (b itself only through rounding)."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Float in [low, high] with a triangular density peaking at mode (default:
        the midpoint)."""
        u = self.random()
        if mode is None:
            cut = 0.5
        else:
            try:
                cut = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > cut:
            # Fold onto the other side of the peak by mirroring the triangle.
            u, cut = 1.0 - u, 1.0 - cut
            low, high = high, low
        rise = _sqrt(u * cut)
        return low + (high - low) * rise

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal deviate by Kinderman and Monahan's ratio-of-uniforms method."""
        random = self.random
        while True:
            a = random()
            b = 1.0 - random()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal deviate by Box-Muller; each call pair shares one pair of uniforms, so
        this is faster than normalvariate() but not safe across threads."""
        spare = self.gauss_next
        self.gauss_next = None
        if spare is not None:
            return mu + spare * sigma
        random = self.random
        angle = random() * TWOPI
        tail = 1.0 - random()
        radius = _sqrt(-2.0 * _log(tail))
        self.gauss_next = _sin(angle) * radius
        return mu + _cos(angle) * radius * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normal deviate with mean mu and deviation sigma."""
        z = self.normalvariate(mu, sigma)
        return _exp(z)

    def expovariate(self, lambd):
        """Exponential deviate with rate lambd (mean 1/lambd)."""
        tail = 1.0 - self.random()
        return -_log(tail) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Angle in [0, 2*pi) around mu with concentration kappa (Best and Fisher)."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_pi * random())
            d = z / (r + z)
            u = random()
            if u < 1.0 - d * d:
                break
            if u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        upper = random() > 0.5
        turn = _acos(f)
        angle = mu + turn if upper else mu - turn
        return angle % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma deviate with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_ahrens_dieter(alpha) * beta

    def _gamma_cheng(self, alpha):
        # Cheng's rejection algorithm GB for shape > 1, unit scale.
        random = self.random
        root = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + root
        while True:
            u = random()
            if u <= 1e-7 or u >= 0.9999999:
                continue
            w = 1.0 - random()
            v = _log(u / (1.0 - u)) / root
            x = alpha * _exp(v)
            z = u * u * w
            r = shift + slope * v - x
            quick = r + SG_MAGICCONST - 4.5 * z
            if quick >= 0.0:
                return x
            if r >= _log(z):
                return x

    def _gamma_ahrens_dieter(self, alpha):
        # Ahrens and Dieter's algorithm GS for 0 < shape < 1, unit scale.
        random = self.random
        b = (_e + alpha) / _e
        while True:
            p = b * random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                bound = _exp(-x)
            else:
                x = -_log((b - p) / alpha)
                bound = x ** (alpha - 1.0)
            if random() <= bound:
                return x

    def betavariate(self, alpha, beta):
        """Beta deviate in [0, 1] from two gamma deviates."""
        y = self.gammavariate(alpha, 1.0)
        if not y:
            return 0.0
        other = self.gammavariate(beta, 1.0)
        return y / (y + other)

    def paretovariate(self, alpha):
        """Pareto deviate with shape alpha."""
        tail = 1.0 - self.random()
        return tail ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull deviate with scale alpha and shape beta."""
        tail = 1.0 - self.random()
        e = -_log(tail)
        return alpha * e ** (1.0 / beta)


class SystemRandom(Random):
    """Random whose bits come from os.urandom(): no seed, no state to save."""

    def random(self):
        """Float in [0.0, 1.0) built from 53 bits of os.urandom()."""
        import os
        return (int.from_bytes(os.urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """Int with k bits from os.urandom()."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        import os
        numbytes = (k + 7) // 8
        x = int.from_bytes(os.urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def randbytes(self, n):
        """n bytes straight from os.urandom()."""
        import os
        return os.urandom(n)

    def seed(self, *args, **kwds):
        """Accepted and ignored: the operating system's source cannot be seeded."""
        return None

    def _stateless(self, *args, **kwds):
        """getstate()/setstate() have nothing to save or restore here."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
