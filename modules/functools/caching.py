

# ---- total_ordering ---------------------------------------------------------------------
# Each missing comparison is derived from one the class defines (its "root"); the derived
# functions keep CPython's names, which show in reprs.

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less and self != other


def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return less or self == other


def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    less = type(self).__lt__(self, other)
    if less is NotImplemented:
        return less
    return not less


def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    le = type(self).__le__(self, other)
    if le is NotImplemented:
        return le
    return not le or self == other


def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    le = type(self).__le__(self, other)
    if le is NotImplemented:
        return le
    return le and self != other


def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    le = type(self).__le__(self, other)
    if le is NotImplemented:
        return le
    return not le


def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    gt = type(self).__gt__(self, other)
    if gt is NotImplemented:
        return gt
    return not gt and self != other


def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    gt = type(self).__gt__(self, other)
    if gt is NotImplemented:
        return gt
    return gt or self == other


def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    gt = type(self).__gt__(self, other)
    if gt is NotImplemented:
        return gt
    return not gt


def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    ge = type(self).__ge__(self, other)
    if ge is NotImplemented:
        return ge
    return not ge or self == other


def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    ge = type(self).__ge__(self, other)
    if ge is NotImplemented:
        return ge
    return ge and self != other


def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    ge = type(self).__ge__(self, other)
    if ge is NotImplemented:
        return ge
    return not ge


# For each possible root, the comparisons it supplies.
_derived = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # The root CPython picks is the "largest" name: __lt__ beats __le__ beats __gt__ ...
    for name, fn in _derived[max(defined)]:
        if name not in defined:
            fn.__name__ = name
            setattr(cls, name, fn)
    return cls


# ---- lru_cache --------------------------------------------------------------------------

_CacheInfo = namedtuple("CacheInfo", "hits misses maxsize currsize")


class _HashedSeq(list):
    """A call's arguments as a cache key: a list that hashes once."""

    __slots__ = 'hashvalue'

    def __init__(self, tup, hash=hash):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


_kwd_mark = (object(),)
_fasttypes = (int, str)


def _make_key(args, kwds, typed):
    """The cache key of a call: positional and keyword arguments (and their types if typed)."""
    key = args
    if kwds:
        key = key + _kwd_mark
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _fasttypes:
        return key[0]
    return _HashedSeq(key)


class _lru_cache_wrapper:
    """A function with a least-recently-used cache of its results."""

    def __init__(self, user_function, maxsize, typed, info_type):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._info_type = info_type
        self._cache = {}
        self._hits = 0
        self._misses = 0
        self._lock = RLock()

    def __call__(self, *args, **kwds):
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        with self._lock:
            if key in cache:
                result = cache[key]
                if maxsize is not None:
                    # The most recently used key goes last.
                    del cache[key]
                    cache[key] = result
                self._hits += 1
                return result
            self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        with self._lock:
            if key in cache:
                # Another thread (or a recursive call) stored it meanwhile.
                pass
            elif maxsize is not None and len(cache) >= maxsize:
                del cache[next(iter(cache))]
                cache[key] = result
            else:
                cache[key] = result
        return result

    def cache_info(self):
        """Report cache statistics"""
        with self._lock:
            return self._info_type(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        with self._lock:
            self._cache.clear()
            self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        from types import MethodType
        return MethodType(self, instance)

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_lru_cache_wrapper.__module__ = 'functools'


def lru_cache(maxsize=128, typed=False):
    """Decorator keeping the results of the latest *maxsize* distinct calls.

    maxsize=None keeps every result; typed=True caches arguments that are equal but of
    different types (1 and 1.0) apart. The arguments must be hashable. The wrapper offers
    cache_info(), cache_clear(), cache_parameters() and __wrapped__.
    """
    def decorate(user_function):
        wrapped = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        return update_wrapper(wrapped, user_function)

    if maxsize is None:
        return decorate
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
        return decorate
    if callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: maxsize is the function.
        user_function, maxsize = maxsize, 128
        return decorate(user_function)
    raise TypeError('Expected first argument to be an integer, a callable, or None')


def cache(user_function):
    """Decorator keeping every result of the function (an unbounded lru_cache)."""
    return lru_cache(None)(user_function)


# ---- cached_property --------------------------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in its __dict__."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            store = None
        if store is None:
            raise TypeError(
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, name)) from None
        value = store.get(name, _NOT_FOUND)
        if value is not _NOT_FOUND:
            return value
        with self.lock:
            value = store.get(name, _NOT_FOUND)
            if value is _NOT_FOUND:
                value = self.func(instance)
                try:
                    store[name] = value
                except TypeError:
                    raise TypeError(
                        "The '__dict__' attribute on %r instance does not support item "
                        "assignment for caching %r property."
                        % (type(instance).__name__, name)) from None
        return value
