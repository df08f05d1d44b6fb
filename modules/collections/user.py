
# UserDict, UserList and UserString: a dict, a list and a str kept in the attribute `data`
# of an ordinary Python class, so that subclasses can override any single method and the
# ABC mixins (collections.abc) supply the rest from the few methods defined here.

from collections.abc import (MutableMapping as _MutMap, MutableSequence as _MutSeq,
                             Sequence as _Seq)
from sys import maxsize as _sys_maxsize


def _wrapped(obj, kind):
    # The plain value inside a User* wrapper of the given kind, or obj itself.
    return obj.data if isinstance(obj, kind) else obj


def _shallow_copy(self, data):
    # A new instance of type(self) sharing self's attributes but holding `data`.
    other = type(self).__new__(type(self))
    other.__dict__.update(self.__dict__)
    other.__dict__['data'] = data
    return other


class UserDict(_MutMap):
    """A dict-like class whose contents live in the plain dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        try:
            return self.data[key]
        except KeyError:
            pass
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _wrapped(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_wrapped(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _wrapped(other, UserDict)
        return self

    def __copy__(self):
        return _shallow_copy(self, self.data.copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy as _copy
        saved = self.data
        try:
            self.data = {}
            result = _copy.copy(self)
        finally:
            self.data = saved
        result.update(self)
        return result

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class UserList(_MutSeq):
    """A list-like class whose items live in the plain list self.data."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is None:
            return
        if type(initlist) is type(self.data):
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < _wrapped(other, UserList)

    def __le__(self, other):
        return self.data <= _wrapped(other, UserList)

    def __eq__(self, other):
        return self.data == _wrapped(other, UserList)

    def __gt__(self, other):
        return self.data > _wrapped(other, UserList)

    def __ge__(self, other):
        return self.data >= _wrapped(other, UserList)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        # The right operand of + as a list: a UserList's data, a list, or list(other).
        if isinstance(other, UserList):
            return other.data
        if isinstance(other, type(self.data)):
            return other
        return list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._as_list(other))

    def __radd__(self, other):
        return self.__class__(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_copy(self, self.data[:])

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(_wrapped(other, UserList))


def _str_of(obj):
    # The plain str inside a UserString, or obj itself.
    return obj.data if isinstance(obj, UserString) else obj


class UserString(_Seq):
    """A str-like class whose text lives in the plain str self.data."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _str_of(string)

    def __lt__(self, string):
        return self.data < _str_of(string)

    def __le__(self, string):
        return self.data <= _str_of(string)

    def __gt__(self, string):
        return self.data > _str_of(string)

    def __ge__(self, string):
        return self.data >= _str_of(string)

    def __contains__(self, char):
        return _str_of(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # The methods below accept a UserString wherever str's take a str; encode also
    # accepts None for either argument. The rest of str's methods are added after the class.
    def count(self, sub, start=0, end=_sys_maxsize):
        return self.data.count(_str_of(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_str_of(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_str_of(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def find(self, sub, start=0, end=_sys_maxsize):
        return self.data.find(_str_of(sub), start, end)

    def index(self, sub, start=0, end=_sys_maxsize):
        return self.data.index(_str_of(sub), start, end)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_str_of(old), _str_of(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys_maxsize):
        return self.data.rfind(_str_of(sub), start, end)

    def rindex(self, sub, start=0, end=_sys_maxsize):
        return self.data.rindex(_str_of(sub), start, end)

    maketrans = str.maketrans


def _same_class_result(name):
    # UserString.<name>: str.<name> applied to self.data, its result wrapped in self's class.
    plain = getattr(str, name)

    def method(self, /, *args, **kwargs):
        return self.__class__(plain(self.data, *args, **kwargs))
    method.__name__, method.__qualname__ = name, 'UserString.' + name
    return method


def _plain_result(name):
    # UserString.<name>: str.<name> applied to self.data, its result (a bool, a number, a
    # list or tuple of str, bytes or str) returned as str gives it.
    plain = getattr(str, name)

    def method(self, /, *args, **kwargs):
        return plain(self.data, *args, **kwargs)
    method.__name__, method.__qualname__ = name, 'UserString.' + name
    return method


for _name in ('capitalize casefold center expandtabs ljust lower lstrip rjust rstrip strip '
              'swapcase title translate upper zfill').split():
    setattr(UserString, _name, _same_class_result(_name))
for _name in ('endswith startswith format format_map join partition rpartition split rsplit '
              'splitlines isalpha isalnum isascii isdecimal isdigit isidentifier islower '
              'isnumeric isprintable isspace istitle isupper').split():
    setattr(UserString, _name, _plain_result(_name))

del _Seq, _MutSeq, _MutMap, _sys_maxsize, _name, _same_class_result, _plain_result
