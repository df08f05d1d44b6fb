

# ---- @dataclass -----------------------------------------------------------------------

def _inherited(cls):
    """The fields cls inherits (base classes' fields, most-derived last, in the order the
    first definer gave them), whether any dataclass base exists, and whether one is frozen."""
    found = {}
    any_base = False
    frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        own = getattr(base, _FIELDS, None)
        if own is None:
            continue
        any_base = True
        found.update((f.name, f) for f in own.values())
        if getattr(base, _PARAMS).frozen:
            frozen_base = True
    return found, any_base, frozen_base


def _own_fields(cls, kw_only):
    """The Fields of the annotations in cls's own body; a KW_ONLY marker makes the ones
    after it keyword-only."""
    here = sys.modules[__name__]
    result = []
    marker = False
    for name, tp in cls.__dict__.get('__annotations__', {}).items():
        if _annotation_is(tp, cls, here, _kwonly_marker):
            if marker:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified'
                                % (name,))
            marker = True
            kw_only = True
            continue
        result.append(_make_field(cls, name, tp, kw_only))
    return result


def _install(cls, name, fn):
    """Give cls the generated method unless its body defines one; True when it does."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, fn)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields, any_base, frozen_base = _inherited(cls)
    annotations = cls.__dict__.get('__annotations__', {})
    for f in _own_fields(cls, kw_only):
        all_fields[f.name] = f
        # The class attribute becomes the plain default (or goes, if there is none).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError('%r is a field but has no type annotation' % (name,))
    if any_base:
        if frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not frozen_base:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    explicit_hash = own_hash is not MISSING and not (own_hash is None and '__eq__' in cls.__dict__)
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    stored = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f for f in stored if f.compare]

    m = _Methods(cls)
    if init:
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        _add_init(m, init_fields, positional, keyword_only, frozen,
                  hasattr(cls, _POST_INIT_NAME), self_name, slots)
    if repr:
        _add_repr(m, [f for f in stored if f.repr])
    if eq:
        _add_compare(m, '__eq__', '==', compared)
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            _add_compare(m, name, op, compared)
    if frozen:
        _add_frozen_guards(m, cls, stored)
    plan = _hash_plan(bool(unsafe_hash), bool(eq), bool(frozen), explicit_hash)
    if plan == 'add':
        _add_hash(m, stored)
    made = m.build() if m.names else {}

    if init:
        fn = made['__init__']
        fn.__annotations__ = dict([(f.name, f.type) for f in positional + keyword_only]
                                  + [('return', None)])
        _install(cls, '__init__', fn)
    if repr:
        _install(cls, '__repr__', made['__repr__'])
    if eq:
        _install(cls, '__eq__', made['__eq__'])
    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _install(cls, name, made[name]):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using '
                                'functools.total_ordering' % (name, cls.__name__))
    if frozen:
        for name in ('__setattr__', '__delattr__'):
            if _install(cls, name, made[name]):
                raise TypeError('Cannot overwrite attribute %s in class %s'
                                % (name, cls.__name__))
    if plan == 'add':
        cls.__hash__ = made['__hash__']
    elif plan == 'none':
        cls.__hash__ = None
    elif plan == 'error':
        raise TypeError('Cannot overwrite attribute __hash__ in class %s' % (cls.__name__,))

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _init_text(cls)
    if match_args:
        _install(cls, '__match_args__', tuple(f.name for f in positional))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    _abc.update_abstractmethods(cls)
    return cls


def _declared_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, '__next__'):
        raise TypeError("Slots of '%s' cannot be determined" % (cls.__name__,))
    return tuple(slots)


def _slots_getstate(self):
    return [getattr(self, name) for name in _field_names(self)]


def _slots_setstate(self, state):
    for name, value in zip(_field_names(self), state):
        object.__setattr__(self, name, value)


def _field_names(obj):
    return [f.name for f in fields(obj)]


def _with_slots(cls, frozen, weakref_slot):
    """A new class like cls whose instances keep their fields in __slots__."""
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % (cls.__name__,))
    names = tuple(f.name for f in fields(cls))
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_declared_slots(base))
    wanted = names + (('__weakref__',) if weakref_slot else ())
    body = dict(cls.__dict__)
    body['__slots__'] = tuple(n for n in wanted if n not in taken)
    for name in names + ('__dict__', '__weakref__'):
        body.pop(name, None)
    qualname = cls.__qualname__
    cls = type(cls)(cls.__name__, cls.__bases__, body)
    cls.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in body:
            cls.__getstate__ = _slots_getstate
        if '__setstate__' not in body:
            cls.__setstate__ = _slots_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ and, as asked, ordering, __hash__, frozen
    attributes, __match_args__ and __slots__ to a class from its annotated fields.

    Used bare (@dataclass) or with keywords (@dataclass(frozen=True))."""
    def decorate(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return decorate
    return decorate(cls)


# ---- working with instances -------------------------------------------------------------

def _convert(obj, make):
    """obj with dataclass instances turned into what make builds from their
    (name, value) pairs, through lists, tuples, named tuples and dicts; other values
    deep-copied."""
    if _instance_of_dataclass(obj):
        return make(obj, [(f.name, _convert(getattr(obj, f.name), make)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, make) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, make) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, make), _convert(v, make)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """A dataclass instance as a dict of its fields, applied recursively to the dataclass
    instances among the values (also inside lists, tuples and dicts); dict_factory
    receives the list of (name, value) pairs."""
    if not _instance_of_dataclass(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, lambda inst, pairs: dict_factory(pairs))


def astuple(obj, *, tuple_factory=tuple):
    """A dataclass instance as a tuple of its field values, recursively as asdict()."""
    if not _instance_of_dataclass(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda inst, pairs: tuple_factory([v for _, v in pairs]))


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed and the others as in
    obj (made by calling the class, so __post_init__ runs again)."""
    if not _instance_of_dataclass(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field %s is declared with init=False, it cannot be '
                                 'specified with replace()' % (f.name,))
            continue
        if f.name in changes:
            continue
        if f._field_type is _FIELD_INITVAR and f.default is MISSING:
            raise ValueError('InitVar %r must be specified with replace()' % (f.name,))
        changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Build a dataclass named cls_name from fields: names, (name, type) or
    (name, type, Field) items (a name alone is typed 'typing.Any'); bases and namespace
    as for type(), the other keywords as for @dataclass."""
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if keyword.iskeyword(name):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in annotations:
            raise TypeError('Field name duplicated: %r' % (name,))
        annotations[name] = tp

    def fill(ns):
        ns.update(namespace or {})
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
