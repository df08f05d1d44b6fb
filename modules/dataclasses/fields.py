"""Generate special methods for classes declared with annotated fields (gopy's dataclasses).

A class decorated with @dataclass gets __init__, __repr__, __eq__ (and, on request, ordering,
__hash__, frozen attribute guards, __slots__ and __match_args__) made from the fields its
annotations declare, as in CPython 3.11."""

import sys
import types
import keyword
import builtins as _builtins
import copy as _copy
import abc as _abc
import re as _re
import _thread

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _Sentinel:
    """Module constants compared by identity travel by reference (a 'fork' child gets the
    parent's state pickled, and `f.default is MISSING` must stay true there)."""

    def __reduce__(self):
        return self._name


class _MISSING_TYPE(_Sentinel):
    _name = 'MISSING'


# "No value given": a field without default or default_factory has both MISSING.
MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS(_Sentinel):
    _name = '_HAS_DEFAULT_FACTORY'

    def __repr__(self):
        return '<factory>'


# The default of an __init__ parameter whose field has a default_factory.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE(_Sentinel):
    _name = 'KW_ONLY'


# An annotation `_: KW_ONLY` makes the fields after it keyword-only.
KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE(_Sentinel):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name

    @property
    def _name(self):
        return self.name


# What an annotated name turned out to be: a real field, a ClassVar (ignored) or an InitVar
# (an __init__ parameter handed to __post_init__, never stored).
_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

_NO_METADATA = types.MappingProxyType({})


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        shown = t.__name__ if isinstance(t, type) else repr(t)
        return 'dataclasses.InitVar[%s]' % shown

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _NO_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        parts = ['name=%r' % (self.name,), 'type=%r' % (self.type,),
                 'default=%r' % (self.default,),
                 'default_factory=%r' % (self.default_factory,),
                 'init=%r' % (self.init,), 'repr=%r' % (self.repr,),
                 'hash=%r' % (self.hash,), 'compare=%r' % (self.compare,),
                 'metadata=%r' % (self.metadata,), 'kw_only=%r' % (self.kw_only,),
                 '_field_type=%s' % (self._field_type,)]
        return 'Field(' + ','.join(parts) + ')'

    def __set_name__(self, owner, name):
        # A descriptor given as a field's default still learns its name.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        shown = ','.join('%s=%r' % (n, getattr(self, n)) for n in self.__slots__)
        return '_DataclassParams(' + shown + ')'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass beyond its annotation and default.

    default is the field's default value, default_factory a zero-argument callable making
    one per instance; init, repr, compare and hash say whether the field takes part in
    those generated methods (hash=None follows compare); metadata is a read-only mapping
    kept for third parties; kw_only makes its __init__ parameter keyword-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    """The Field objects of a dataclass (a class or an instance), in definition order,
    without ClassVar and InitVar pseudo-fields."""
    try:
        known = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in known.values() if f._field_type is _FIELD)


def _instance_of_dataclass(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


# A string annotation names a special form when it starts with `name` or `module.name`
# (`ClassVar[int]`, `typing.ClassVar`, `dataclasses.InitVar[str]`).
_LEADING_NAME = _re.compile(r'\s*(?:(\w+)\s*\.\s*)?(\w+)')


def _string_names(annotation, cls, module, predicate):
    m = _LEADING_NAME.match(annotation)
    if m is None:
        return False
    prefix, name = m.group(1), m.group(2)
    home = sys.modules.get(cls.__module__)
    if prefix is None:
        space = home.__dict__ if home is not None else None
    elif home is not None and home.__dict__.get(prefix) is module:
        space = module.__dict__
    else:
        space = None
    return bool(space) and predicate(space.get(name), module)


def _classvar(tp, typing):
    return tp is typing.ClassVar or getattr(tp, '__origin__', None) is typing.ClassVar


def _initvar(tp, here):
    return tp is here.InitVar or type(tp) is here.InitVar


def _kwonly_marker(tp, here):
    return tp is here.KW_ONLY


def _annotation_is(tp, cls, module, predicate):
    if predicate(tp, module):
        return True
    return isinstance(tp, str) and _string_names(tp, cls, module, predicate)


def _make_field(cls, name, tp, kw_only_default):
    """The Field of the annotation `name: tp` in cls's body."""
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        f = value
    else:
        if isinstance(value, types.MemberDescriptorType):
            value = MISSING  # a slot of the class itself, not a default
        f = field(default=value)
    f.name = name
    f.type = tp
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    here = sys.modules[__name__]
    if typing is not None and _annotation_is(tp, cls, typing, _classvar):
        f._field_type = _FIELD_CLASSVAR
    elif _annotation_is(tp, cls, here, _initvar):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError('field %s cannot have a default factory' % (name,))
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % (name,))
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), name))
    return f
