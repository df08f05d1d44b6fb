

# Combinatoric iterators and tee (combinatorics.py, appended to itertools.py).

def _nonneg_r(r, n):
    if r is None:
        return n
    r = _index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat

    def gen():
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while n:
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[j][indices[j]] for j in range(n))
    return gen()


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    r = _nonneg_r(r, n)

    def gen():
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            i = r - 1
            while i >= 0:
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[k] for k in indices[:r])
                    break
                i -= 1
            if i < 0:
                return
    return gen()


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    r = _nonneg_r(r, n)

    def gen():
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            i = r - 1
            while i >= 0 and indices[i] == i + n - r:
                i -= 1
            if i < 0:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[k] for k in indices)
    return gen()


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    n = len(pool)
    r = _nonneg_r(r, n)

    def gen():
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            i = r - 1
            while i >= 0 and indices[i] == n - 1:
                i -= 1
            if i < 0:
                return
            v = indices[i] + 1
            for j in range(i, r):
                indices[j] = v
            yield tuple(pool[k] for k in indices)
    return gen()


class _tee_link:
    """One value of a tee'd iterator, shared by the copies that have not read it yet."""

    def __init__(self):
        self.value = None
        self.next = None


class _tee_source:
    def __init__(self, it):
        self.it = it


class _tee:
    """Iterator returned by tee()."""

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source.it)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(_tee_source(it), _tee_link())
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])
