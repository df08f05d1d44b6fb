# gopy's reprlib: reprs cut down to size, with CPython 3.11's limits and cutting points
# (a long text keeps its head and tail around the fill value), and recursive_repr.

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorate a __repr__ so that a call on an object whose repr is already being made
    in the same thread gives fillvalue instead of recursing."""

    def decorate(method):
        active = set()

        def wrapper(self):
            mark = (id(self), get_ident())
            if mark in active:
                return fillvalue
            active.add(mark)
            try:
                return method(self)
            finally:
                active.discard(mark)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _cut(text, limit, fill):
    # text longer than limit keeps (limit-3)//2 characters in front and the rest of
    # limit-3 at the end, around fill
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


def _possibly_sorted(x):
    # sorted when the items can be compared, else in iteration order
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    """Size-limited reprs: limits per container type (maxlist...), a nesting depth
    (maxlevel) and lengths for strings, ints and other objects. repr1 dispatches on the
    type's name to a repr_<name> method, so subclasses can add types."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        name = type(x).__name__
        if ' ' in name:
            name = '_'.join(name.split())
        if hasattr(self, 'repr_' + name):
            return getattr(self, 'repr_' + name)(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if level <= 0 and count:
            inner = self.fillvalue
        else:
            parts = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if count > maxiter:
                parts.append(self.fillvalue)
            inner = ', '.join(parts)
            if count == 1 and trail:
                right = trail + right
        return '%s%s%s' % (left, inner, right)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        parts = ['%s: %s' % (self.repr1(k, level - 1), self.repr1(x[k], level - 1))
                 for k in islice(_possibly_sorted(x), self.maxdict)]
        if len(x) > self.maxdict:
            parts.append(self.fillvalue)
        return '{%s}' % ', '.join(parts)

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _cut(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _cut(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
