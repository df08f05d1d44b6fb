

# ---- WeakValueDictionary, WeakKeyDictionary (concatenated after weakref.py) --------------

class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes once its value is freed."""

    def __init__(self, other=(), **kw):
        self_ref = ref(self)

        def remove(kref):
            me = self_ref()
            if me is not None:
                _remove_dead_weakref(me.data, kref.key)
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        return KeyedRef(value, self._remove, key)

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        r = self.data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return sum(1 for r in list(self.data.values()) if r() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def _live_items(self):
        for key, r in list(self.data.items()):
            value = r()
            if value is not None:
                yield key, value

    def __iter__(self):
        for key, _ in self._live_items():
            yield key

    def keys(self):
        return iter(self)

    def items(self):
        return self._live_items()

    def values(self):
        for _, value in self._live_items():
            yield value

    def itervaluerefs(self):
        """Iterate over the KeyedRef objects holding the values (some may be dead)."""
        yield from list(self.data.values())

    def valuerefs(self):
        """The KeyedRef objects holding the values (some may be dead)."""
        return list(self.data.values())

    def get(self, key, default=None):
        r = self.data.get(key)
        value = None if r is None else r()
        return default if value is None else value

    def pop(self, key, *args):
        r = self.data.pop(key, None)
        value = None if r is None else r()
        if value is None:
            if args:
                return args[0]
            raise KeyError(key)
        return value

    def popitem(self):
        while True:
            key, r = self.data.popitem()
            value = r()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self.data[key] = self._ref(key, default)
            return default
        return value

    def update(self, other=None, **kwargs):
        if other is not None:
            if hasattr(other, 'items'):
                other = other.items()
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self._live_items():
            new[deepcopy(key, memo)] = value
        return new

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = type(self)()
        new.update(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes once its key is freed."""

    def __init__(self, dict=None):
        self_ref = ref(self)

        def remove(kref):
            me = self_ref()
            if me is not None:
                me.data.pop(kref, None)
        self._remove = remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def _live_items(self):
        for r, value in list(self.data.items()):
            key = r()
            if key is not None:
                yield key, value

    def __iter__(self):
        for key, _ in self._live_items():
            yield key

    def keys(self):
        return iter(self)

    def items(self):
        return self._live_items()

    def values(self):
        for _, value in self._live_items():
            yield value

    def keyrefs(self):
        """The weak references to the keys (some may be dead)."""
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            r, value = self.data.popitem()
            key = r()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kwargs):
        if dict is not None:
            if hasattr(dict, 'items'):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        for key, value in self._live_items():
            new[key] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = type(self)()
        for key, value in self._live_items():
            new[key] = deepcopy(value, memo)
        return new

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        new = type(self)()
        new.update(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self
