"""_collections: deque and defaultdict (gopy's Python implementation of CPython's C module)."""

_repr_running = set()
_INDEX_BOUND = 1 << 63  # an index beyond a C ssize_t does not fit


def _check_maxlen(maxlen):
    if maxlen is None:
        return None
    if not isinstance(maxlen, int):
        raise TypeError("an integer is required")
    if maxlen < 0:
        raise ValueError("maxlen must be non-negative")
    return maxlen


def _index(i):
    if isinstance(i, int):
        return i
    try:
        index = type(i).__index__
    except AttributeError:
        raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__) from None
    return index(i)


def _type_name(obj, cls, qualified):
    if type(obj) is cls:
        return qualified
    return type(obj).__name__


class _maxlen_descriptor:
    """maximum size of a deque or None if unbounded"""

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance._maxlen

    def __set__(self, instance, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __module__ = 'collections'

    def __init__(self, iterable=(), maxlen=None):
        self._maxlen = _check_maxlen(maxlen)
        self._items = []
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    maxlen = _maxlen_descriptor()

    def _changed(self):
        self._state += 1

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._changed()
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._changed()
        if self._maxlen == 0:
            return
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._changed()
        return self._items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._changed()
        return self._items.pop(0)

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._changed()
        self._items = []

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__copy__()

    def __copy__(self):
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        for x in list(self._items):
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value.

Raises ValueError if the value is not present."""
        n = len(self._items)
        start = _index(start)
        stop = n if stop is None else _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        state = self._state
        i = start
        while i < stop:
            x = self._items[i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            i += 1
        raise ValueError("%r is not in deque" % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        index = _index(index)
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._changed()
        self._items.insert(index, value)

    def remove(self, value):
        """Remove first occurrence of value."""
        for i, x in enumerate(self._items):
            if x is value or x == value:
                self._changed()
                del self._items[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        self._changed()
        self._items.reverse()

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        size = len(self._items)
        if size <= 1:
            return
        n %= size
        if n:
            self._changed()
            self._items = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        state = self._state
        items = self._items
        i = 0
        while i < len(items):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield items[i]
            i += 1
        if state != self._state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        items = self._items
        i = len(items) - 1
        while i >= 0:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield items[i]
            i -= 1

    def __contains__(self, value):
        for x in self._items:
            if x is value or x == value:
                return True
        return False

    def _checked(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        i = _index(i)
        if not -_INDEX_BOUND <= i < _INDEX_BOUND:
            raise IndexError("cannot fit 'int' into an index-sized integer")
        n = len(self._items)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._checked(i)]

    def __setitem__(self, i, value):
        self._items[self._checked(i)] = value

    def __delitem__(self, i):
        i = self._checked(i)
        self._changed()
        del self._items[i]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items)
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is not None:
            return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)
        return '%s(%s)' % (name, body)

    def __hash__(self):
        # CPython's deque sets __hash__ to None; the message names the C type.
        raise TypeError("unhashable type: '%s'" % _type_name(self, deque, 'collections.deque'))

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items >= o

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.__copy__()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.__copy__()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        self._changed()
        items = self._items * max(n, 0)
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._items = items
        return self

    def __reduce__(self):
        state = None
        if type(self) is not deque:
            state = dict(self.__dict__)
            for k in ('_items', '_maxlen', '_state'):
                state.pop(k, None)
            state = state or None
        if self._maxlen is None:
            return type(self), ((),), state, iter(list(self._items))
        return type(self), ((), self._maxlen), state, iter(list(self._items))

    __class_getitem__ = classmethod(type(list[int]))


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    __module__ = 'collections'

    def __init__(self, *args, **kwargs):
        factory = None
        if args:
            factory = args[0]
            args = args[1:]
            if factory is not None and not callable(factory):
                raise TypeError("first argument must be callable or None")
        self.default_factory = factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            if self.default_factory is None:
                factory = 'None'
            elif id(self.default_factory) in _repr_running:
                factory = '...'
            else:
                factory = repr(self.default_factory)
            body = repr(dict(self))
        finally:
            _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, factory, body)

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(list(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    __class_getitem__ = classmethod(type(list[int]))


def _count_elements(mapping, iterable):
    """Count elements in the iterable, updating the mapping"""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1
