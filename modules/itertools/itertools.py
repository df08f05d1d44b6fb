"""itertools: functions creating iterators for efficient looping (gopy's implementation).

count, repeat and chain are classes (they have reprs and methods); the other iterators are
generators, made by functions that check their arguments and call iter() at once, where
CPython's constructors raise."""

_maxsize = 9223372036854775807


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return type(self), (self._n,)
        return type(self), (self._n, self._step)


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, *args, **kwargs):
        if not args and 'object' not in kwargs:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)' % len(args))
        self._object = args[0] if args else kwargs.pop('object')
        times = args[1] if len(args) > 1 else kwargs.pop('times', None)
        if kwargs:
            raise TypeError("'%s' is an invalid keyword argument for repeat()" % list(kwargs)[0])
        if times is not None:
            times = _index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._times)


def _index(x):
    if isinstance(x, int):
        return x
    try:
        index = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__) from None
    return index(x)


class chain:
    """chain(*iterables) --> chain object

Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    it = iter(iterable)

    def gen():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element
    return gen()


def _islice_arg(x, message):
    if x is None:
        return None
    try:
        x = _index(x)
    except TypeError:
        raise ValueError(message) from None
    if x < 0 or x > _maxsize:
        raise ValueError(message)
    return x


def islice(*args):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    if len(args) < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
    if len(args) > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
    stop_msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
    idx_msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
    if len(args) == 2:
        start, stop, step = 0, _islice_arg(args[1], stop_msg), 1
    else:
        start = _islice_arg(args[1], idx_msg)
        stop = _islice_arg(args[2], stop_msg)
        step = 1
        if len(args) == 4 and args[3] is not None:
            try:
                step = _index(args[3])
            except TypeError:
                step = 0
            if step <= 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
        if start is None:
            start = 0
    it = iter(args[0])

    def gen():
        nxt = start
        i = 0
        for element in it:
            if stop is not None and i >= stop:
                return
            if i == nxt:
                yield element
                nxt += step
            i += 1
            if stop is not None and i >= stop:
                return
    return gen()


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    it = iter(iterable)

    def gen():
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total
    return gen()


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    data, selectors = iter(data), iter(selectors)

    def gen():
        for d, s in zip(data, selectors):
            if s:
                yield d
    return gen()


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return gen()


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    it = iter(iterable)

    def gen():
        for x in it:
            if predicate(x):
                yield x
            else:
                break
    return gen()


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not (bool(x) if function is None else function(x)):
                yield x
    return gen()


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    it = iter(iterable)

    def gen():
        for args in it:
            # CPython's starmap makes a tuple first: its error is iter()'s
            yield function(*tuple(args))
    return gen()


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument."""
    iterators = [iter(x) for x in iterables]

    def gen():
        if not iterators:
            return
        active = len(iterators)
        while True:
            values = []
            for i in range(len(iterators)):
                it = iterators[i]
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(next(it))
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    values.append(fillvalue)
            yield tuple(values)
    return gen()


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    it = iter(iterable)

    def gen():
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b
    return gen()


class _grouper_state:
    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.done = False
        self.has_current = False
        self.current_value = None
        self.current_key = None
        self.generation = 0

    def advance(self):
        try:
            value = next(self.it)
        except StopIteration:
            self.done = True
            self.has_current = False
            return False
        self.current_value = value
        self.current_key = value if self.keyfunc is None else self.keyfunc(value)
        self.has_current = True
        return True


def groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    state = _grouper_state(iter(iterable), key)

    def group(tgtkey, generation):
        while True:
            if state.generation != generation:
                return
            if not state.has_current:
                if state.done or not state.advance():
                    return
            if not (state.current_key == tgtkey):
                return
            state.has_current = False
            yield state.current_value

    def gen():
        started = False
        while True:
            if started:
                # Skip what is left of the previous group.
                while True:
                    if not state.has_current:
                        if state.done or not state.advance():
                            return
                    if state.current_key == tgtkey:
                        state.has_current = False
                    else:
                        break
            elif not state.advance():
                return
            started = True
            tgtkey = state.current_key
            state.generation += 1
            yield tgtkey, group(tgtkey, state.generation)
    return gen()
