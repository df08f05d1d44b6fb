"""WeakSet: a set whose items are held weakly (gopy's implementation)."""

from _weakref import ref

__all__ = ['WeakSet']


def _same_kind(a, b):
    # Equality is only defined between sets of the same kind.
    return isinstance(b, type(a))


class WeakSet:
    """A set of objects held weakly: an item goes once it is freed."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, data=None):
        self_ref = ref(self)

        def remove(item):
            me = self_ref()
            if me is not None:
                me.data.discard(item)
        self._remove = remove
        self.data = set()
        if data is not None:
            self.update(data)

    def _refs(self, items):
        return {ref(x) for x in items}

    def __iter__(self):
        for r in list(self.data):
            item = r()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), getattr(self, '__dict__', None)

    def __repr__(self):
        return repr(self.data)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = r()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def intersection(self, other):
        kind = type(self)
        return kind(x for x in other if x in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(self._refs(other))
        return self

    def issubset(self, other):
        return self.data.issubset(self._refs(other))
    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def __eq__(self, other):
        if _same_kind(self, other):
            return self.data == self._refs(other)
        return NotImplemented

    def __ne__(self, other):
        if _same_kind(self, other):
            return self.data != self._refs(other)
        return NotImplemented

    __hash__ = None

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update({ref(x, self._remove) for x in other})
        return self

    def union(self, other):
        def chained():
            yield from self
            yield from other
        return type(self)(chained())
    __or__ = union

    def isdisjoint(self, other):
        common = self.intersection(other)
        return not len(common)
