"""collections: container datatypes (gopy's implementation).

namedtuple, deque, defaultdict, OrderedDict, Counter and ChainMap.
"""

import _collections
from _collections import deque, defaultdict, _count_elements


__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
                       'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
                       'with', 'yield'])


################################################################################
### namedtuple
################################################################################

class _tuplegetter:
    """Field accessor of a namedtuple class: the item at a fixed index."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return '_tuplegetter(%d, %r)' % (self._index, self.__doc__)

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)


def _and_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_new(typename, field_names, tuple_new):
    """__new__ of a namedtuple class: binds arguments as a def with those parameters would."""
    nfields = len(field_names)
    qualname = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        defaults = __new__.__defaults__ or ()
        nargs = len(args)
        if nargs > nfields:
            given = nargs + 1
            if defaults:
                raise TypeError('%s() takes from %d to %d positional arguments but %d were given'
                                % (qualname, nfields - len(defaults) + 1, nfields + 1, given))
            raise TypeError('%s() takes %d positional argument%s but %d %s given'
                            % (qualname, nfields + 1, '' if nfields == 0 else 's', given,
                               'was' if given == 1 else 'were'))
        values = list(args)
        if kwargs:
            values.extend([_missing] * (nfields - nargs))
            for key in kwargs:
                try:
                    i = field_names.index(key)
                except ValueError:
                    raise TypeError('%s() got an unexpected keyword argument %r'
                                    % (qualname, key)) from None
                if i < nargs:
                    raise TypeError('%s() got multiple values for argument %r' % (qualname, key))
                values[i] = kwargs[key]
        else:
            values.extend([_missing] * (nfields - nargs))
        first_default = nfields - len(defaults)
        missing = []
        for i in range(nfields):
            if values[i] is _missing:
                if i >= first_default:
                    values[i] = defaults[i - first_default]
                else:
                    missing.append(field_names[i])
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's',
                               _and_list(missing)))
        return tuple_new(_cls, values)

    __new__.__qualname__ = qualname
    return __new__


_missing = object()


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        for name, value in zip(field_names[len(field_names) - len(defaults):], defaults):
            field_defaults[name] = value

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'
    tuple_new = tuple.__new__

    __new__ = _make_new(typename, field_names, tuple_new)
    if defaults:
        __new__.__defaults__ = defaults
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = typename + '.' + method.__name__

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)

    if module is None:
        module = _collections._caller_module(1)
    class_namespace['__module__'] = module
    result = type(typename, (tuple,), class_namespace)
    return result


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

Pairs are returned in LIFO order if last is true or FIFO order if false."""
        if not self:
            raise KeyError('dictionary is empty')
        keys = list(self)
        key = keys[-1] if last else keys[0]
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

Raise KeyError if the element does not exist."""
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            self[key] = value
            return
        rest = list(self.items())
        dict.clear(self)
        self[key] = value
        for k, v in rest:
            self[k] = v

    def __reversed__(self):
        for key in reversed(list(self)):
            yield key

    def __repr__(self):
        key = id(self)
        if key in _collections._repr_running:
            return '...'
        _collections._repr_running.add(key)
        try:
            if not self:
                return '%s()' % (self.__class__.__name__,)
            return '%s(%r)' % (self.__class__.__name__, list(self.items()))
        finally:
            _collections._repr_running.discard(key)

    def __reduce__(self):
        state = dict(vars(self)) or None
        return self.__class__, (), state, None, iter(list(self.items()))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        if isinstance(other, OrderedDict):
            return dict(self) == dict(other) and list(self) == list(other)
        return dict(self) == dict(other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self
