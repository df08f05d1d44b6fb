"""Support for type hints (gopy's typing).

The special forms (Any, Union, Optional, Callable, Literal, ClassVar...), the aliases of
the builtin and collections.abc classes (List, Dict, Sequence...), TypeVar, Generic and
Protocol, subscripted and printed as CPython 3.11's; get_type_hints, get_origin, get_args,
NamedTuple, TypedDict and the decorators and helpers scripts use. Nothing is checked."""

import sys
import types
import collections
import collections.abc as _abc
import functools as _functools
from abc import ABCMeta as _ABCMeta

TYPE_CHECKING = False


_UnionType = types.UnionType


def _type_repr(obj):
    """How a type argument shows inside an alias's repr."""
    if isinstance(obj, types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _as_type(arg, msg='', allow_special=False):
    """A subscription argument as typing keeps it: None as NoneType, a string as a
    ForwardRef."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if not allow_special and isinstance(arg, _SpecialForm) and arg._name in _BARE_ONLY:
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    return arg


_BARE_ONLY = ('ClassVar', 'Final')


def _collect_typevars(args):
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in found:
                found.append(a)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if isinstance(p, TypeVar) and p not in found:
                    found.append(p)
        if isinstance(a, list):
            for p in _collect_typevars(a):
                if p not in found:
                    found.append(p)
    return tuple(found)


def _substitute(arg, mapping):
    if isinstance(arg, TypeVar):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, types.GenericAlias) and getattr(arg, '__parameters__', ()):
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    return arg


class ForwardRef:
    """A type given by its name as a string, evaluated by get_type_hints."""

    __slots__ = ('__forward_arg__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        if self.__forward_module__ is None:
            return 'ForwardRef(%r)' % (self.__forward_arg__,)
        return 'ForwardRef(%r, module=%r)' % (self.__forward_arg__, self.__forward_module__)


class _Final:
    """Base of typing's own objects."""


# A special form (Any, Union, ClassVar...): printed as typing.Name, each with its own
# subscription rule (the function it is made from, whose name and doc it takes).
class _SpecialForm(_Final):

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass()' % (self,))

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


def _form_without_args(name):
    def getitem(self, parameters):
        raise TypeError('%s is not subscriptable' % (self,))
    getitem.__name__ = name
    return _SpecialForm(getitem)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type; subclassable (a class of unknown
    bases), never instantiated itself."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls, *args, **kwargs)


NoReturn = _form_without_args('NoReturn')
Never = _form_without_args('Never')
Self = _form_without_args('Self')
LiteralString = _form_without_args('LiteralString')


def _one_arg_form(name, what):
    def getitem(self, parameters):
        if isinstance(parameters, tuple):
            raise TypeError('%s accepts only single type. Got %.100r.' % (self, parameters))
        item = _as_type(parameters, allow_special=False)
        return _GenericAlias(self, (item,))
    getitem.__name__ = name
    getitem.__doc__ = what
    return _SpecialForm(getitem)


ClassVar = _one_arg_form('ClassVar', 'Special type construct to mark class variables.')
Final = _one_arg_form('Final', 'Special typing construct to indicate final names.')
TypeGuard = _one_arg_form('TypeGuard', 'Special typing form used to annotate user-defined type guards.')
Required = _one_arg_form('Required', 'A special typing construct to mark a key of a total=False TypedDict as required.')
NotRequired = _one_arg_form('NotRequired', 'A special typing construct to mark a key of a TypedDict as potentially missing.')
Unpack = _one_arg_form('Unpack', 'Type unpack operator.')


def _union_of(parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in parameters:
        p = _as_type(p)
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        elif isinstance(p, _UnionType):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in flat:
                flat.append(item)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, tuple(flat))


def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    return _union_of(parameters)


Union = _SpecialForm(Union)


def Optional(self, parameters):
    """Optional type: Optional[X] is equivalent to Union[X, None]."""
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError('Optional[t] requires a single type. Got %r.' % (parameters,))
        parameters = parameters[0]
    return _union_of((parameters, type(None)))


Optional = _SpecialForm(Optional)


def Literal(self, parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    for p in parameters:
        if isinstance(p, _GenericAlias) and p.__origin__ is Literal:
            values = p.__args__
        else:
            values = (p,)
        for v in values:
            if not any(type(v) is type(u) and v == u for u in unique):
                unique.append(v)
    return _LiteralGenericAlias(self, tuple(unique))


Literal = _SpecialForm(Literal)


def Concatenate(self, parameters):
    """Used in conjunction with ParamSpec and Callable."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, tuple(_as_type(p) for p in parameters))


Concatenate = _SpecialForm(Concatenate)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x] (a class, as in 3.11)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError('Type Annotated cannot be instantiated.')

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments '
                            '(a type and an annotation).')
        return _AnnotatedAlias(_as_type(params[0], allow_special=True), tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError('Cannot subclass %s.Annotated' % (cls.__module__,))


# ---- aliases ----------------------------------------------------------------------------

class _BaseAlias(_Final):
    """What aliases share: calls make the origin, instance checks go to it, attributes
    that are not dunders are the origin's."""

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        rest = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseAlias) or (isinstance(b, type) and issubclass(b, Generic))
                   for b in rest):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if not (attr.startswith('__') and attr.endswith('__')) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_BaseAlias):
    """A subscripted generic: List[int], Box[T], ClassVar[int]..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self.__parameters__ = _collect_typevars(self.__args__)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError('Cannot subscript already-subscripted %s' % (self,))
        if not self.__parameters__:
            raise TypeError('%s is not a generic class' % (self,))
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_as_type(p) for p in params)
        if len(params) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > len(self.__parameters__) else 'few',
                               self, len(params), len(self.__parameters__)))
        mapping = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_substitute(a, mapping) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__:
            shown = ', '.join(_type_repr(a) for a in self.__args__)
        else:
            shown = '()'
        return '%s[%s]' % (head, shown)

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return _getitem, (origin, args)

    def __mro_entries__(self, bases):
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _BaseAlias) and b is not self:
                    return ()
        return (self.__origin__,)


def _getitem(origin, args):
    return origin[args]



class _CallableGenericAlias(_GenericAlias):
    """Callable[[int, str], bool] (its __args__ flattened: (int, str, bool))."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % (_type_repr(args[1]),)
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))

    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name='Callable')

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and args[0] is ...):
            args = list(args[:-1]), args[-1]
        return _getitem, (Callable, args)


class _UnionGenericAlias(_GenericAlias):
    """Union[int, str]; printed Optional[X] when it is X or None."""

    def __init__(self, origin, args, **kw):
        super().__init__(origin, args, name='Union')

    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return 'typing.Optional[%s]' % (_type_repr(other),)
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return _getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, **kw):
        super().__init__(origin, args, name='Literal')
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias):
    """Annotated[int, meta]: __origin__ is int, __metadata__ the rest."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, (origin,))
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(m) for m in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __reduce__(self):
        return _getitem, (Annotated, (self.__origin__,) + self.__metadata__)


class _SpecialGenericAlias(_BaseAlias):
    """The bare aliases of builtin and collections.abc classes: List, Dict, Sequence...
    Subscripting one gives a _GenericAlias; instance checks go to the class."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self._inst = inst
        self._name = name or origin.__name__
        self.__origin__ = origin
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_as_type(p) for p in params)
        if len(params) != self._nparams:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > self._nparams else 'few', self,
                               len(params), self._nparams))
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            flat = (..., _as_type(result))
        elif isinstance(args, list):
            flat = tuple(_as_type(a) for a in args) + (_as_type(result),)
        else:
            raise TypeError('Callable[args, result]: args must be a list. Got %s'
                            % (_type_repr(args),))
        return _CallableGenericAlias(self.__origin__, flat, name='Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), name='Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple(_as_type(p) for p in params[:-1]) + (...,),
                                 name='Tuple')
        return _GenericAlias(tuple, tuple(_as_type(p) for p in params), name='Tuple')
