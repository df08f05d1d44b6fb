"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag (gopy's implementation of CPython
3.11's module)."""

import sys
from types import MappingProxyType
from functools import reduce
from operator import or_ as _or_

__all__ = [
        'EnumType', 'EnumMeta',
        'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
        'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
        'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
        'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
        'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
        'pickle_by_global_name', 'pickle_by_enum_name',
        ]

# Names defined further down; EnumType checks for them while they do not exist yet.
Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None


# ---- name and value helpers -------------------------------------------------------------

def _is_descriptor(obj):
    """Whether obj is a descriptor (a function, property, classmethod ...): not a member."""
    if isinstance(obj, (staticmethod, classmethod)):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    # _ClassName__name (the mangled name of __name inside the class body)
    prefix = '_%s__' % (cls_name.lstrip('_'),)
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith('__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _high_bit(value):
    """Index of the highest set bit (-1 for 0)."""
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    # the set bits of a non-negative int, lowest first
    while num:
        low = num & (~num + 1)
        yield low
        num ^= low


def bin(num, max_bits=None):
    """Like the builtin bin(), but negative numbers in two's complement after a sign digit
    ('0b1 011' for -5), padded to max_bits."""
    n = num.bit_length()
    sign, rest = ('0', num) if num >= 0 else ('1', (1 << n) + num)
    digits = format(rest, 'b').zfill(n) if n else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign * max_bits + digits)[-max_bits:]
    return '0b%s %s' % (sign, digits)


class _AutoNull:
    # the value of an auto() not given one yet
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member(object):
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember(object):
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class property:
    """A property for Enum members: on a member it calls fget (or gives the member's
    attribute of that name); on the class it gives the member of that name, if any."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))
        self.name = None
        self.clsname = None
        self.member = None

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        copy = type(self)(fget, self.fset, self.fdel, doc or self.__doc__)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def setter(self, fset):
        copy = type(self)(self.fget, fset, self.fdel, self.__doc__)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def deleter(self, fdel):
        copy = type(self)(self.fget, self.fset, fdel, self.__doc__)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
        if self.fget is not None:
            return self.fget(instance)
        if self.member is not None:
            # a member whose name clashes with this property: reached from another member
            return self.member
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        self.fdel(instance)


# ---- the class namespace ----------------------------------------------------------------

_SUNDER_ALLOWED = (
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
)


class _EnumDict(dict):
    """The namespace of an Enum class body: records the members in order and gives auto()
    their values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_ALLOWED:
                raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use'
                                 % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                             else value)
            elif key == '_ignore_':
                names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
                already = set(names) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: %r'
                                     % (already,))
                self._ignore = names
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            value = self._new_member_value(key, value)
        super().__setitem__(key, value)

    def _new_member_value(self, key, value):
        # key becomes a member: resolve auto() (alone or inside a tuple)
        if isinstance(value, member):
            value = value.value
        record_value = True
        single = isinstance(value, auto)
        parts = (value,) if single else value
        if type(parts) is tuple and any(isinstance(v, auto) for v in parts):
            resolved = []
            for v in parts:
                if isinstance(v, auto):
                    record_value = False
                    if v.value is _auto_null:
                        v.value = self._generate_next_value(
                            key, 1, len(self._member_names), self._last_values[:])
                        self._auto_called = True
                    v = v.value
                    self._last_values.append(v)
                resolved.append(v)
            value = resolved[0] if single else tuple(resolved)
        self._member_names[key] = None
        if record_value:
            self._last_values.append(value)
        return value

    def update(self, members=(), **more_members):
        items = members.items() if hasattr(members, 'keys') else members
        for name, value in list(items):
            self[name] = value
        for name, value in more_members.items():
            self[name] = value


# ---- the metaclass ----------------------------------------------------------------------

class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        namespace = _EnumDict()
        namespace._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignored = list(classdict.get('_ignore_', [])) + ['_ignore_']
        for key in ignored:
            classdict.pop(key, None)
        member_names = list(getattr(classdict, '_member_names', ()))
        bad = set(member_names) & {'mro', ''}
        if bad:
            raise ValueError('invalid enum member name(s) %s'
                             % (','.join(repr(n) for n in bad),))
        order = classdict.pop('_order_', None)
        body = dict(classdict.items())
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new, save_new, use_args = metacls._find_new_(body, member_type, first_enum)
        values = {name: body.pop(name) for name in member_names}
        # (a staticmethod: gopy would otherwise bind a builtin __new__ met on the class)
        body['_new_member_'] = staticmethod(new)
        body['_use_args_'] = use_args
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        body['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType))
        if is_flag or (Flag is None and cls == 'Flag'):
            body['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            body['_flag_mask_'] = 0
            body['_singles_mask_'] = 0
            body['_all_bits_'] = 0
            body['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        for name in member_names:
            enum_class._add_member_(name, values[name])
        if is_flag:
            enum_class._finish_flag_()
        metacls._adjust_methods_(enum_class, body, member_type, first_enum, bases)
        if Enum is not None:
            if save_new:
                type.__setattr__(enum_class, '__new_member__', new)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if order is not None:
            enum_class._check_order_(order)
        return enum_class

    # -- building the members ----------------------------------------------------------

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if cls._use_args_:
            new_member = cls._new_member_(cls, *args)
        else:
            new_member = cls._new_member_(cls)
        if not hasattr(new_member, '_value_'):
            if cls._member_type_ is object:
                new_member._value_ = value
            else:
                try:
                    new_member._value_ = cls._member_type_(*args)
                except Exception as exc:
                    err = TypeError('_value_ not set in __new__, unable to create it')
                    err.__cause__ = exc
                    raise err
        value = new_member._value_
        new_member._name_ = name
        new_member.__objclass__ = cls
        new_member.__init__(*args)
        new_member._sort_order_ = len(cls._member_names_)
        # an alias is a name for a value some member has already
        canonical = None
        try:
            canonical = cls._value2member_map_[value]
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        except KeyError:
            pass
        if canonical is not None and canonical._name_ in cls._member_map_:
            new_member = canonical
        elif Flag is not None and issubclass(cls, Flag):
            if isinstance(value, int):
                cls._flag_mask_ |= value
                if _is_single_bit(value):
                    cls._singles_mask_ |= value
            if value == 0 or _is_single_bit(value):
                cls._member_names_.append(name)
        else:
            cls._member_names_.append(name)
        # the member is a class attribute, unless a descriptor of that name (name, value ...)
        # is inherited: then an enum.property gives it
        inherited = None
        for base in cls.__mro__[1:]:
            if name in base.__dict__:
                inherited = base.__dict__[name]
                break
        if inherited is not None and _is_descriptor(inherited):
            prop = property()
            prop.__set_name__(cls, name)
            prop.member = new_member
            if isinstance(inherited, property):
                prop.fget, prop.fset, prop.fdel = inherited.fget, inherited.fset, inherited.fdel
            type.__setattr__(cls, name, prop)
        else:
            type.__setattr__(cls, name, new_member)
        cls._member_map_[name] = new_member
        try:
            cls._value2member_map_.setdefault(value, new_member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def _check_order_(cls, order):
        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        if Flag is not None and issubclass(cls, Flag):
            order = [o for o in order
                     if o not in cls._member_map_ or _is_single_bit(cls[o]._value_)]
        order = [o for o in order
                 if o not in cls._member_map_ or o in cls._member_names_]
        if order != cls._member_names_:
            raise TypeError('member order does not match _order_:\n  %r\n  %r'
                            % (cls._member_names_, order))

    @staticmethod
    def _adjust_methods_(enum_class, body, member_type, first_enum, bases):
        # ReprEnum keeps the data type's str() and format(); otherwise the Enum's own
        # repr/str/format/reduce win over the data type's and object's.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in body:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                body['__format__'] = member_type.__format__
            if '__str__' not in body:
                method = member_type.__str__
                if method == object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                body['__str__'] = method
        if first_enum is None:
            return
        data_classes = member_type.__mro__
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in body:
                continue
            owner = _defining_class(enum_class, name)
            if owner is None or owner is object or owner in data_classes:
                type.__setattr__(enum_class, name, getattr(first_enum, name))

    # -- the class as a container of members -------------------------------------------

    def __bool__(cls):
        """
        classes/types should always be True.
        """
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Look a member up by value, or, given names, make a new Enum class (the
        functional API: Enum('Color', 'RED GREEN BLUE'))."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        """Return True if member is a member of this enum
        raises TypeError if member is not an enum member

        note: in 3.12 TypeError will no longer be raised, and True will also be
        returned if member is the value of a member in this enum
        """
        if not isinstance(member, Enum):
            import warnings
            darn = ("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                    "False depending on whether the value is a member or the value of a member")
            warnings.warn(darn, DeprecationWarning, stacklevel=2)
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__iter__', '__len__', '__members__', '__module__',
                           '__name__', '__qualname__'] + cls._member_names_)
        # (== rather than is: gopy makes a new wrapper of a builtin method at each lookup)
        if cls._new_member_ != object.__new__:
            interesting.add('__new__')
        if cls.__init_subclass__ != object.__init_subclass__:
            interesting.add('__init_subclass__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        """Return the member matching `name`."""
        return cls._member_map_[name]

    def __iter__(cls):
        """Return members in definition order."""
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        """Return the number of members (no aliases)"""
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """Returns a mapping of member name->value.

        This mapping lists all enum members, including aliases. Note that this
        is a read-only view of the internal mapping.
        """
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        """Return members in reverse definition order."""
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        """Block attempts to reassign Enum members."""
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    # -- the functional API ---------------------------------------------------------------

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Create a new Enum subclass that replaces a collection of global constants."""
        module_globals = sys.modules[module].__dict__
        source = module_globals if source is None else source.__dict__
        members = [(n, v) for n, v in source.items() if filter(n)]
        try:
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        body = {t[0]: t[1] for t in members}
        body['__module__'] = module
        tmp = type(name, (object,), body)
        enum_cls = _simple_enum(etype=cls, boundary=boundary or KEEP)(tmp)
        if as_global:
            global_enum(enum_cls)
        else:
            sys.modules[enum_cls.__module__].__dict__.update(enum_cls.__members__)
        module_globals[name] = enum_cls
        return enum_cls

    # -- looking at the bases ---------------------------------------------------------------

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if base in _BUILTIN_DATA_TYPES:
                    return base.__repr__
                if '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.add(base._member_type_)
                        break
                elif (base in _BUILTIN_DATA_TYPES or '__new__' in base.__dict__
                      or '__dataclass_fields__' in base.__dict__):
                    found.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is None:
            plain = (None, None.__new__, object.__new__, getattr(Enum, '__new__', None))
            for attr in ('__new_member__', '__new__'):
                for owner in (member_type, first_enum):
                    target = getattr(owner, attr, None)
                    if target not in plain:
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new == object.__new__
                        or (Enum is not None and new == Enum.__new__))
        return new, save_new, use_args


EnumMeta = EnumType


def _defining_class(cls, name):
    # the class of cls's MRO whose namespace holds name
    for base in cls.__mro__:
        if name in base.__dict__:
            return base
    return None

_BUILTIN_DATA_TYPES = (int, str, float, bytes, complex, tuple, list, dict, set, frozenset)


def _make_class_unpicklable(obj):
    """Make the given obj un-picklable (an Enum made where its module is not known)."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')
