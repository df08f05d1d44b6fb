

# ---- Flag, IntFlag and the decorators (concatenated after members.py) ---------------------

class FlagBoundary(StrEnum):
    """What a Flag class does with a value that has bits none of its members own:
    STRICT raises ValueError (Flag's default), CONFORM drops those bits, EJECT
    gives back a plain int, KEEP keeps every bit in a pseudo-member (IntFlag's
    default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


(STRICT, CONFORM, EJECT, KEEP) = tuple(FlagBoundary)


def _flag_finish(cls):
    # after the members: the bit masks and the iteration order of a Flag class
    cls._all_bits_ = 2 ** (cls._flag_mask_.bit_length()) - 1
    values = [m._value_ for m in cls]
    if values != sorted(values):
        type.__setattr__(cls, '_iter_member_', cls._iter_member_by_def_)


EnumType._finish_flag_ = _flag_finish


class Flag(Enum, boundary=STRICT):
    """
    Support for flags
    """

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() stands for: start (1 when None) for the first member,
        then the power of two just above the highest value so far."""
        if not count:
            if start is None:
                return 1
            return start
        highest = max(last_values)
        try:
            top = _high_bit(highest)
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """Yield the canonical members whose bits are in value, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """Yield the canonical members whose bits are in value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make the pseudo-member of a combination of flags (or apply the boundary to
        bits no member has)."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask, singles_mask, all_bits = cls._flag_mask_, cls._singles_mask_, cls._all_bits_
        negative = None
        outside = not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)
        if outside:
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, bin(value, width), bin(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** (value.bit_length())) + value
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        singles = value & singles_mask
        if cls._boundary_ is not KEEP and unknown:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if singles or aliases:
            parts = list(cls._iter_member_(singles))
            covered = 0
            for m in parts:
                covered |= m._value_
            if aliases:
                wanted = singles | aliases
                for m in cls._member_map_.values():
                    if m not in parts and m._value_ and m._value_ & wanted == m._value_:
                        parts.append(m)
                        covered |= m._value_
                value = wanted
            unknown = value ^ covered
            pseudo._name_ = '|'.join([m._name_ for m in parts])
            if not covered:
                pseudo._name_ = None
            elif unknown:
                if cls._boundary_ is STRICT:
                    raise ValueError('%r: no members with value %r' % (cls, unknown))
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """True when every bit set in other is also set in self."""
        kind = type(self)
        if isinstance(other, kind):
            theirs = other._value_
            return theirs & self._value_ == theirs
        raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
            type(other).__qualname__, kind.__qualname__))

    def __iter__(self):
        """
        Returns flags in definition order.
        """
        members = self._iter_member_(self._value_)
        yield from members

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, show(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        # the int to combine with, or None when other is not a member or (for a mixed-in
        # type) a value of that type
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        bits = self._other_value(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = self._other_value(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = self._other_value(other)
        if bits is None:
            return NotImplemented
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is None:
            flipped = ~self._value_
            if self._boundary_ not in (EJECT, KEEP):
                # only the bits of single-bit members survive the complement
                flipped = flipped & self._singles_mask_
            self._inverted_ = type(self)(flipped)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """
    Support for integer-based Flags
    """


def _flag_methods_for(cls):
    # Flag's operators on every Flag class whose body does not define them (an IntFlag's
    # int operators would otherwise win)
    for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                 '__invert__'):
        if name not in cls.__dict__:
            type.__setattr__(cls, name, Flag.__dict__[name])


_flag_methods_for(IntFlag)
_previous_finish = EnumType._finish_flag_


def _finish_any_flag(cls):
    _previous_finish(cls)
    _flag_methods_for(cls)


EnumType._finish_flag_ = _finish_any_flag


def _high_bit_safe(value):
    return _high_bit(value)


def _short_module(member):
    # the last dotted part of the name of the module that defines member's class
    return type(member).__module__.rpartition('.')[2]


def global_enum_repr(self):
    """repr() of a member of a global_enum class: module.NAME, not Class.NAME."""
    module = _short_module(self)
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() of a member of a global_enum Flag class: module.NAME for each name."""
    module = _short_module(self)
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    names = self._name_.split('|')
    if self._boundary_ is not KEEP:
        return '|'.join(['%s.%s' % (module, n) for n in names])
    return '|'.join([n if n[0].isdigit() else '%s.%s' % (module, n) for n in names])


def global_str(self):
    """str() of a member of a global_enum class: the bare NAME."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members repr as module.NAME (and str as NAME unless the
    class is a ReprEnum and update_str is false), and every member becomes a
    global of the module that defines the class."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if update_str or not issubclass(cls, ReprEnum):
        type.__setattr__(cls, '__str__', global_str)
    home = sys.modules[cls.__module__]
    vars(home).update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator that turns a plain class into an Enum of etype (for modules that
    convert their constants)."""
    def convert_class(cls):
        body = {k: v for k, v in cls.__dict__.items()
                if k not in ('__dict__', '__weakref__')}
        namespace = EnumType.__prepare__(cls.__name__, (etype,))
        names = []
        for name, value in body.items():
            if _is_dunder(name) or _is_sunder(name) or _is_descriptor(value):
                dict.__setitem__(namespace, name, value)
            else:
                names.append(name)
        for name in names:
            namespace[name] = body[name]
        return EnumType.__new__(EnumType, cls.__name__, (etype,), namespace, boundary=boundary)
    return convert_class


class EnumCheck(StrEnum):
    """The properties verify() can require of an enum class."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


(CONTINUOUS, NAMED_FLAGS, UNIQUE) = tuple(EnumCheck)


class verify:
    """Class decorator that raises ValueError unless the class has every EnumCheck
    property it was given."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        if issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                _verify_unique(enumeration)
            elif check is CONTINUOUS:
                _verify_continuous(enumeration, kind, name)
            elif check is NAMED_FLAGS:
                _verify_named_flags(enumeration, name)
        return enumeration


def _verify_unique(enumeration):
    pairs = ["%s -> %s" % (alias, m.name) for alias, m in enumeration.__members__.items()
             if alias != m.name]
    if pairs:
        raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(pairs)))


def _verify_continuous(enumeration, kind, name):
    values = set(m.value for m in enumeration)
    if len(values) < 2:
        return
    low, high = min(values), max(values)
    if kind == 'flag':
        missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high))
                   if 2 ** i not in values]
    else:
        missing = [i for i in range(low + 1, high) if i not in values]
    if missing:
        text = 'invalid %s %r: missing values %s' % (kind, name, ', '.join(str(m) for m in missing))
        raise ValueError(text[:256])


def _verify_named_flags(enumeration, name):
    canonical = enumeration._member_names_
    named_bits = [m.value for m in enumeration]
    culprits, missing_bits = [], 0
    for alias_name, alias in enumeration._member_map_.items():
        if alias_name in canonical or alias.value < 0:
            continue
        unnamed = [b for b in _iter_bits_lsb(alias.value) if b not in named_bits]
        if unnamed:
            culprits.append(alias_name)
            missing_bits |= reduce(_or_, unnamed)
    if not culprits:
        return
    if len(culprits) == 1:
        which = 'alias %s is missing' % culprits[0]
    else:
        which = 'aliases %s and %s are missing' % (', '.join(culprits[:-1]), culprits[-1])
    if _is_single_bit(missing_bits):
        what = 'value 0x%x' % missing_bits
    else:
        what = 'combined values of 0x%x' % missing_bits
    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                     % (name, which, what))


def show_flag_values(value):
    return list(_iter_bits_lsb(value))
