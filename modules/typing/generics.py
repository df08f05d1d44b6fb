

# ---- type variables, Generic, Protocol ------------------------------------------------

def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'), with constraints or a bound, co- or
    contravariant."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(_as_type(c) for c in constraints)
        self.__bound__ = None if bound is None else _as_type(bound)
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVar')


class _ParamSpecPart(_Final):
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return '%s.%s' % (self.__origin__.__name__, self._kind)


class ParamSpec(TypeVar):
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)
        module = _caller_module()
        if module != 'typing':
            self.__module__ = module

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')


class TypeVarTuple(_Final):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_as_type(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % (cls.__qualname__,))
            if not all(isinstance(p, (TypeVar, TypeVarTuple)) for p in params):
                raise TypeError('Parameters to %s[...] must all be type variables or '
                                'parameter specification variables.' % (cls.__name__,))
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % (cls.__name__,))
        else:
            expected = len(getattr(cls, '__parameters__', ()))
            if not expected:
                raise TypeError('%s is not a generic class' % (cls,))
            if len(params) != expected:
                raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                                % ('many' if len(params) > expected else 'few', cls,
                                   len(params), expected))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is not None:
            plain = Generic in orig
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and not isinstance(cls, _TypedDictMeta))
        if plain:
            raise TypeError('Cannot inherit from plain Generic')
        found = []
        if orig is not None:
            found = list(_collect_typevars(orig))
            declared = None
            for base in orig:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if declared is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple types.')
                    declared = base.__parameters__
            if declared is not None:
                missing = [t for t in found if t not in declared]
                if missing:
                    raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                    % (', '.join(str(t) for t in missing),
                                       ', '.join(str(g) for g in declared)))
                found = list(declared)
        cls.__parameters__ = tuple(found)


_NOT_PROTOCOL_MEMBERS = frozenset((
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__qualname__', '__init_subclass__', '__parameters__',
    '__orig_bases__', '__match_args__', '_is_protocol', '_is_runtime_protocol',
    '__protocol_attrs__', '__callable_proto_members_only__'))


def _protocol_members(cls):
    members = []
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for name in names:
            if not name.startswith('_abc_') and name not in _NOT_PROTOCOL_MEMBERS \
                    and name not in members:
                members.append(name)
    return members


def _unchecked(cls):
    return getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False)


class _ProtocolMeta(_ABCMeta):
    def __instancecheck__(cls, instance):
        if _unchecked(cls):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if cls.__dict__.get('_is_protocol'):
            members = _protocol_members(cls)
            if all(hasattr(instance, name) and (not callable(getattr(cls, name, None))
                                                or getattr(instance, name) is not None)
                   for name in members):
                return True
        return _ABCMeta.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, other):
        hook = cls.__dict__.get('__subclasshook__')
        if hook is not None:
            answer = cls.__subclasshook__(other)
            if answer is not NotImplemented:
                return answer
        return _ABCMeta.__subclasscheck__(cls, other)


def _protocol_hook(cls, other):
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError('Instance and class checks can only be used with '
                        '@runtime_checkable protocols')
    members = _protocol_members(cls)
    if not all(callable(getattr(cls, name, None)) for name in members):
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for name in members:
        for base in other.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _refuse_protocol_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping): a class with the
    protocol's methods is an instance under @runtime_checkable checks."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_protocol_hook)
        if cls._is_protocol and not any('__init__' in b.__dict__ for b in cls.__mro__[:-1]):
            cls.__init__ = _refuse_protocol_init


def runtime_checkable(cls):
    """Mark a protocol class as one isinstance() and issubclass() can check."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % (cls,))
    cls._is_runtime_protocol = True
    return cls


# ---- the aliases of builtin and collections.abc classes --------------------------------

def _alias(origin, nparams, **kw):
    return _SpecialGenericAlias(origin, nparams, **kw)


def _abc_class(name):
    """collections.abc's class, or (for the async ABCs gopy's collections.abc lacks) an
    abstract class of that name standing for it."""
    found = getattr(_abc, name, None)
    if found is None:
        found = _ABCMeta(name, (), {'__module__': 'collections.abc', '__slots__': ()})
    return found


def _define_aliases():
    # name: (origin, number of parameters, whether calling the alias makes an instance)
    table = {
        'Hashable': (_abc.Hashable, 0, True), 'Awaitable': (_abc_class('Awaitable'), 1, True),
        'Coroutine': (_abc_class('Coroutine'), 3, True),
        'AsyncIterable': (_abc_class('AsyncIterable'), 1, True),
        'AsyncIterator': (_abc_class('AsyncIterator'), 1, True),
        'Iterable': (_abc.Iterable, 1, True), 'Iterator': (_abc.Iterator, 1, True),
        'Reversible': (_abc.Reversible, 1, True), 'Sized': (_abc.Sized, 0, True),
        'Container': (_abc.Container, 1, True), 'Collection': (_abc.Collection, 1, True),
        'AbstractSet': (_abc.Set, 1, True), 'MutableSet': (_abc.MutableSet, 1, True),
        'Mapping': (_abc.Mapping, 2, True), 'MutableMapping': (_abc.MutableMapping, 2, True),
        'Sequence': (_abc.Sequence, 1, True),
        'MutableSequence': (_abc.MutableSequence, 1, True),
        'ByteString': (_abc.ByteString, 0, True), 'MappingView': (_abc.MappingView, 1, True),
        'KeysView': (_abc.KeysView, 1, True), 'ItemsView': (_abc.ItemsView, 2, True),
        'ValuesView': (_abc.ValuesView, 1, True),
        'Generator': (_abc.Generator, 3, True),
        'AsyncGenerator': (_abc_class('AsyncGenerator'), 2, True),
        'List': (list, 1, False), 'Set': (set, 1, False), 'FrozenSet': (frozenset, 1, False),
        'Dict': (dict, 2, False), 'Type': (type, 1, False),
        'Deque': (collections.deque, 1, True), 'DefaultDict': (collections.defaultdict, 2, True),
        'OrderedDict': (collections.OrderedDict, 2, True),
        'Counter': (collections.Counter, 1, True), 'ChainMap': (collections.ChainMap, 2, True),
    }
    space = globals()
    for name, (origin, nparams, inst) in table.items():
        space[name] = _SpecialGenericAlias(origin, nparams, inst=inst, name=name)
    space['Callable'] = _CallableType(_abc.Callable, 2, name='Callable')
    space['Tuple'] = _TupleType(tuple, -1, inst=False, name='Tuple')


_define_aliases()
Text = str
