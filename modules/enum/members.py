

# ---- Enum and its data-type variants (concatenated after enum.py) ------------------------

class Enum(metaclass=EnumType):
    """
    Base class of every enumeration: subclass it and assign constants.

    Each class attribute becomes a singleton member carrying .name and
    .value; members are reached as Cls.NAME, Cls(value) or Cls['NAME'],
    len(Cls) counts them and iteration yields them in definition order.
    A subclass may define methods and properties like any other class.
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        failure = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            failure, result = e, None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and failure is None:
            raise not_valid
        if failure is None:
            failure = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                % (cls.__name__, result))
        failure.__context__ = not_valid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """
        Pick a value for a member whose value is auto().

        Gets the member's name, the configured start (may be None), how
        many members exist so far and the values already handed out; the
        default answer is one more than the largest of those values.
        """
        if not last_values:
            return start
        try:
            highest = sorted(last_values)[-1]
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return highest + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (highest,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, show(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        owner = type(self)
        if owner._member_type_ is not object:
            # mixed-in data type: its attributes are offered as well
            names.update(object.__dir__(self))
        members = self._member_map_
        names.update(k for k in getattr(self, '__dict__', ()) if k[0] != '_' and k not in members)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or name not in members:
                        names.add(name)
                    else:
                        names.discard(name)
                elif name not in members:
                    names.add(name)
        return sorted(names)

    def __format__(self, format_spec):
        text = str(self)
        return format(text, format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """
    Base for data-type enums: the member repr is the enum's own, while
    str() and format() behave as for the mixed-in type's value.
    """


class IntEnum(int, ReprEnum):
    """
    An Enum whose members are int instances as well.
    """


class StrEnum(str, ReprEnum):
    """
    An Enum whose members are str instances as well.
    """

    def __new__(cls, *values):
        "values must already be of type `str`"
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """
        auto() in a StrEnum gives the member's name in lower case.
        """
        return name.lower()


def _reduce_ex_by_global_name(self, proto):
    return self.name


def pickle_by_global_name(self, proto):
    # members pickled as the global variable of their name (global_enum)
    return self.name


def pickle_by_enum_name(self, proto):
    # members pickled as getattr(enum class, name)
    owner = type(self)
    return getattr, (owner, self._name_)


def unique(enumeration):
    """
    Decorator: reject an enumeration in which any name is an alias, i.e.
    two names share one value.
    """
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % pair for pair in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
