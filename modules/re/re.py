"""Support for regular expressions (RE).

This module provides regular expression matching operations similar to those found in
Perl, with Python's syntax and semantics: match(), fullmatch(), search(), sub(), subn(),
split(), findall(), finditer(), compile(), purge(), escape() and the flags that modify a
pattern (re.I, re.M, ...), combinable with |.

(gopy's implementation: the matching engine and the functions are Go; the flags type,
template() and Scanner are written here.)
"""

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

# The flags, in the order their names appear in a combination's repr, with their short
# aliases. gopy has no enum module yet: RegexFlag below is an int subclass that behaves as
# CPython's IntFlag-based RegexFlag does (repr, str, name, value, |, &, ^, ~, iteration).
_FLAG_TABLE = (
    ("NOFLAG", None, 0),
    ("ASCII", "A", 256),
    ("IGNORECASE", "I", 2),
    ("LOCALE", "L", 4),
    ("UNICODE", "U", 32),
    ("MULTILINE", "M", 8),
    ("DOTALL", "S", 16),
    ("VERBOSE", "X", 64),
    ("TEMPLATE", "T", 1),
    ("DEBUG", None, 128),
)
_ALL_FLAGS = 0x1ff


class _RegexFlagMeta(type):
    """The class of RegexFlag: iterating over it gives the flags, as an enum's does."""

    def __iter__(cls):
        return iter([m for m in cls._canonical if m._value_])

    def __len__(cls):
        return len([m for m in cls._canonical if m._value_])

    def __getitem__(cls, name):
        return cls._by_name[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ is not None

    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._by_name)


class RegexFlag(int, metaclass=_RegexFlagMeta):
    """Flags of regular expressions: an int whose repr names the flags it holds."""

    _canonical = []
    _by_name = {}
    _by_value = {}

    def __new__(cls, value):
        if isinstance(value, RegexFlag):
            return value
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        found = cls._by_value.get(value)
        if found is not None:
            return found
        value = int(value)
        if value < 0:
            bits = max(_ALL_FLAGS.bit_length(), (~value).bit_length())
            value = (1 << bits) + value
        found = cls._by_value.get(value)
        if found is None:
            found = int.__new__(cls, value)
            found._value_ = value
            found._name_ = cls._compose(value)
            cls._by_value[value] = found
        return found

    @classmethod
    def _compose(cls, value):
        names = [m._name_ for m in cls._canonical if m._value_ and value & m._value_ == m._value_]
        rest = value & ~_ALL_FLAGS
        if rest:
            if not names:
                return None
            names.append(hex(rest))
        return "|".join(names)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        if self._name_ is None:
            return "re.RegexFlag(%d)" % self._value_
        rest = self._value_ & ~_ALL_FLAGS
        parts = ["re." + m._name_ for m in type(self)._canonical
                 if m._value_ and self._value_ & m._value_ == m._value_]
        if not self._value_:
            parts = ["re.NOFLAG"]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(self._value_, spec)
        return str(self)

    def __reduce_ex__(self, protocol):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter([m for m in type(self)._canonical
                     if m._value_ and self._value_ & m._value_ == m._value_])

    def __len__(self):
        return len(list(self))

    def __bool__(self):
        return self._value_ != 0

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(self._value_ | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(self._value_ & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(self._value_ ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~self._value_)


def _make_flags():
    g = globals()
    for name, alias, value in _FLAG_TABLE:
        member = int.__new__(RegexFlag, value)
        member._value_ = value
        member._name_ = name
        RegexFlag._canonical.append(member)
        RegexFlag._by_name[name] = member
        RegexFlag._by_value[value] = member
        setattr(RegexFlag, name, member)
        g[name] = member
        if alias is not None:
            RegexFlag._by_name[alias] = member
            setattr(RegexFlag, alias, member)
            g[alias] = member


_make_flags()
RegexFlag.__module__ = "re"


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    # attributed to this module, as CPython's: hidden unless warnings are asked for
    warnings.warn("The re.template() function is deprecated as it is an undocumented "
                  "function without an obvious purpose. Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return _compile(pattern, flags | T)


def _warn_template_flag():
    # compiling with re.T warns from the re module, as CPython's _compile does
    import warnings
    warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented "
                  "flag without an obvious purpose. Don't use it.", DeprecationWarning)


class Scanner:
    """Splits a string into tokens with a lexicon of (pattern, action) pairs."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        self.scanner = _scanner_pattern([phrase for phrase, action in lexicon], flags)

    def scan(self, string):
        tokens = []
        find = self.scanner.scanner(string).match
        end = 0
        while True:
            m = find()
            if not m:
                break
            stop = m.end()
            if stop == end:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                tokens.append(action)
            end = stop
        return tokens, string[end:]


def _pickle(p):
    return _compile, (p.pattern, p.flags)


import copyreg
copyreg.pickle(Pattern, _pickle, _compile)
del copyreg
