"""Support for type hints (gopy's subset).

gopy's compiler drops annotations, so these names exist for scripts to import and
subscript: List[int], Optional[str], Callable[[int], str], TypeVar, Generic... print as
CPython's, and cast, overload, TYPE_CHECKING behave as in CPython. There is no checking and
no NamedTuple or TypedDict class syntax (their annotations are gone)."""

import collections.abc as _abc

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, str):
        return "ForwardRef(%r)" % (obj,)
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _Alias:
    """A subscripted (or subscriptable) special form: List[int], Optional[str]..."""

    def __init__(self, name, origin=None, args=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self.__args__ = args
        self._nparams = nparams

    def __getitem__(self, params):
        if self.__args__ is not None and self._name not in ('Generic',):
            raise TypeError('%s is not a generic class' % self)
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self._name, self.__origin__, params)

    def __repr__(self):
        if self.__args__ is None:
            return 'typing.' + self._name
        show = repr if self._name == 'Literal' else _type_repr
        return 'typing.%s[%s]' % (self._name, ', '.join(show(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or not callable(self.__origin__):
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, getattr(self.__origin__, '__name__', '?')))
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()

    def __instancecheck__(self, obj):
        if self.__args__ is not None:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return isinstance(obj, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))


class _Special(_Alias):
    """Union, Optional, Callable, Literal ...: their own subscription rules."""

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name == 'Optional':
            return _union((params[0], type(None)))
        if name == 'Union':
            return _union(params)
        if name == 'Callable':
            return _Alias('Callable', _abc.Callable, params)
        return _Alias(name, None, params)


def _union(params):
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _Alias) and p._name in ('Union', 'Optional') and p.__args__:
            items = p.__args__ if p._name == 'Union' else (p.__args__[0], type(None))
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        return _Alias('Optional', None, (other,))
    return _Alias('Union', None, tuple(flat))


Any = _Alias('Any')
NoReturn = _Alias('NoReturn')
Never = _Alias('Never')
Union = _Special('Union')
Optional = _Special('Optional')
Callable = _Special('Callable', _abc.Callable)
Literal = _Special('Literal')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Annotated = _Special('Annotated')
List = _Alias('List', list)
Dict = _Alias('Dict', dict)
Set = _Alias('Set', set)
FrozenSet = _Alias('FrozenSet', frozenset)
Tuple = _Alias('Tuple', tuple)
Type = _Alias('Type', type)
Iterable = _Alias('Iterable', _abc.Iterable)
Iterator = _Alias('Iterator', _abc.Iterator)
Generator = _Alias('Generator', _abc.Generator)
Sequence = _Alias('Sequence', _abc.Sequence)
MutableSequence = _Alias('MutableSequence', _abc.MutableSequence)
Mapping = _Alias('Mapping', _abc.Mapping)
MutableMapping = _Alias('MutableMapping', _abc.MutableMapping)
AbstractSet = _Alias('AbstractSet', _abc.Set)
MutableSet = _Alias('MutableSet', _abc.MutableSet)
Collection = _Alias('Collection', _abc.Collection)
Container = _Alias('Container', _abc.Container)
Hashable = _abc.Hashable
Sized = _abc.Sized
Reversible = _Alias('Reversible', _abc.Reversible)
KeysView = _Alias('KeysView', _abc.KeysView)
ValuesView = _Alias('ValuesView', _abc.ValuesView)
ItemsView = _Alias('ItemsView', _abc.ItemsView)



Deque = _Alias('Deque', _abc.MutableSequence)
DefaultDict = _Alias('DefaultDict', dict)
OrderedDict = _Alias('OrderedDict', dict)
Counter = _Alias('Counter', dict)
ChainMap = _Alias('ChainMap', _abc.MutableMapping)
Text = str
AnyStr = None  # set below, once TypeVar exists


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types."""

    __slots__ = ()

    @classmethod
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    """Base class for protocol classes."""

    __slots__ = ()


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def overload(func):
    """Decorator for overloaded functions/methods."""
    return func


def final(f):
    """A decorator to indicate final methods and final classes."""
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    return arg


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    return cls


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (gopy's compiler keeps no annotations: empty)."""
    return dict(getattr(obj, '__annotations__', None) or {})
