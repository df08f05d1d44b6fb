

# ---- NamedTuple and TypedDict -----------------------------------------------------------

# Names a NamedTuple class body may not define (namedtuple's own), and those it defines
# that are not copied onto the class.
_NAMEDTUPLE_OWN = frozenset(('__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                             '_field_defaults', '_make', '_replace', '_asdict', '_source'))
_NAMEDTUPLE_SKIP = frozenset(('__module__', '__name__', '__annotations__'))


def _named_tuple_class(name, items, defaults=(), module=None):
    items = list(items)
    hints = {}
    for field_name, tp in items:
        hints[field_name] = _checked_type(tp, 'field %s annotation must be a type' % (field_name,),
                                          module)
    cls = collections.namedtuple(name, [n for n, _ in items], defaults=defaults, module=module)
    cls.__annotations__ = hints
    cls.__new__.__annotations__ = hints
    return cls


def _checked_type(tp, msg, module=None):
    if tp is None:
        return type(None)
    if isinstance(tp, str):
        return ForwardRef(tp, module=module)
    if isinstance(tp, _SpecialForm) and tp._name in ('NoReturn', 'Never', 'Self',
                                                     'LiteralString', 'ClassVar', 'Final'):
        if tp._name in _BARE_ONLY:
            raise TypeError('Plain %s is not valid as type argument' % (tp,))
        return tp
    if isinstance(tp, (_BaseAlias, type, TypeVar, ForwardRef, types.GenericAlias,
                       _UnionType, NewType, _ParamSpecPart)) or tp is ...:
        return tp
    if not callable(tp):
        raise TypeError('%s Got %.100r.' % (msg, tp))
    return tp


class NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        hints = ns.get('__annotations__', {})
        with_default = []
        for field_name in hints:
            if field_name in ns:
                with_default.append(field_name)
            elif with_default:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (field_name, 's' if len(with_default) > 1 else '',
                                   ', '.join(with_default)))
        cls = _named_tuple_class(typename, hints.items(), [ns[n] for n in with_default],
                                 ns['__module__'])
        for key, value in ns.items():
            if key in _NAMEDTUPLE_OWN:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in _NAMEDTUPLE_SKIP and key not in cls._fields:
                setattr(cls, key, value)
        return cls


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class Point(NamedTuple): x: int; y: int = 0, or
    NamedTuple('Point', [('x', int), ('y', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, '
                        'not both')
    return _named_tuple_class(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        cls = type.__new__(_TypedDictMeta, name, generic + (dict,), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _checked_type(tp, msg, cls.__module__)
               for key, tp in ns.get('__annotations__', {}).items()}
        hints = {}
        required = set()
        optional = set()
        for base in bases:
            hints.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        hints.update(own)
        for key, tp in own.items():
            if get_origin(tp) is Annotated and get_args(tp):
                tp = get_args(tp)[0]
            marker = get_origin(tp)
            if marker is Required or (marker is not NotRequired and total):
                required.add(key)
            else:
                optional.add(key)
        cls.__annotations__ = hints
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        if not hasattr(cls, '__total__'):
            cls.__total__ = total
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: class Movie(TypedDict, total=False): ...,
    or TypedDict('Movie', {'title': str}). Instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError('TypedDict takes either a dict or keyword arguments, but not both')
    if kwargs:
        import warnings
        warnings.warn('The kwargs-based syntax for TypedDict definitions is deprecated in '
                      'Python 3.11, will be removed in Python 3.13, and may not be understood '
                      'by third-party type checkers.', DeprecationWarning, stacklevel=2)
    ns = {'__annotations__': dict(fields)}
    module = _caller_module()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ---- protocols and classes for annotations ------------------------------------------------

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO (annotations only)."""
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""
    __slots__ = ()


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
    __slots__ = ()


def _late_aliases():
    import contextlib
    import re
    space = globals()
    space['ContextManager'] = _alias(contextlib.AbstractContextManager, 1, name='ContextManager')
    async_cm = getattr(contextlib, 'AbstractAsyncContextManager', None)
    if async_cm is not None:
        space['AsyncContextManager'] = _alias(async_cm, 1, name='AsyncContextManager')
    space['Pattern'] = _alias(type(re.compile('')), 1, name='Pattern')
    space['Match'] = _alias(type(re.match('', '')), 1, name='Match')


_late_aliases()
