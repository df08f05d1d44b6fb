# gopy's configparser: INI-style configuration files as CPython 3.11 reads and writes them.
# This first part holds the module's constants, its exceptions (CPython's messages and
# args, which scripts print and compare) and the interpolation engines; parser.py, appended
# to it, holds the parsers and the section proxies.

from collections.abc import MutableMapping
from collections import ChainMap as _ChainMap
import functools
import io
import itertools
import os
import re
import sys
import warnings

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation",  "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

_default_dict = dict
DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

# the marker of an argument not given (None is a valid fallback)
_UNSET = object()


def _where(source, lineno):
    # "While reading from 'f.ini' [line  3]: " for errors found while reading a source
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line {0:2d}]".format(lineno)
    return text + ": "


class Error(Exception):
    """Base class of configparser's exceptions; str() and repr() give the message."""

    def __init__(self, msg=''):
        Exception.__init__(self, msg)
        self.message = msg

    def __str__(self):
        return self.message

    __repr__ = __str__


class NoSectionError(Error):
    """The section asked for does not exist."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section was added twice (or read twice from one source by a strict parser)."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            text = "Section %r already exists" % (section,)
        else:
            text = _where(source, lineno) + "section %r already exists" % (section,)
        Error.__init__(self, text)
        self.section, self.source, self.lineno = section, source, lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """A strict parser read an option twice in one section of one source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            text = "Option " + what
        else:
            text = _where(source, lineno) + "option " + what
        Error.__init__(self, text)
        self.section, self.option = section, option
        self.source, self.lineno = source, lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """The option asked for is in neither the section nor the defaults."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option, self.section = option, section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class of the errors found while expanding a value."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option, self.section = option, section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option {!r} in section {!r} contains "
                "an interpolation key {!r} which is not a valid option name. "
                "Raw value: {!r}").format(option, section, reference, rawval)
        InterpolationError.__init__(self, option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value holds a malformed reference."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option {!r} "
                "in section {!r} contains an interpolation key which "
                "cannot be substituted in {} steps. Raw value: {!r}").format(
                    option, section, MAX_INTERPOLATION_DEPTH, rawval)
        InterpolationError.__init__(self, option, section, text)
        self.args = (option, section, rawval)


_FILENAME_GONE = ("The 'filename' attribute will be removed in Python 3.12. "
                  "Use 'source' instead.")


class ParsingError(Error):
    """Lines of a source could not be parsed; errors lists (lineno, repr(line))."""

    def __init__(self, source=None, filename=None):
        if source and filename:
            raise ValueError("Cannot specify both `filename' and `source'. "
                             "Use `source'.")
        if not (source or filename):
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        Error.__init__(self, 'Source contains parsing errors: %r' % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    def _get_filename(self):
        warnings.warn(_FILENAME_GONE, DeprecationWarning, stacklevel=2)
        return self.source

    def _set_filename(self, value):
        warnings.warn(_FILENAME_GONE, DeprecationWarning, stacklevel=2)
        self.source = value

    filename = property(_get_filename, _set_filename, doc="Deprecated, use `source'.")

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message = self.message + '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option came before the first section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source, self.lineno, self.line = filename, lineno, line
        self.args = (filename, lineno, line)


class Interpolation:
    """The identity: values are read, written, set and got unchanged."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _Expander(Interpolation):
    # What BasicInterpolation and ExtendedInterpolation share: a sigil character, a
    # reference pattern (_KEYCRE) and the check of set values; a subclass resolves one
    # reference in _lookup and says what follows a lone sigil in _SYNTAX.

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._interpolate_some(parser, option, out, value, section, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        stripped = self._KEYCRE.sub('', value.replace(self._SIGIL * 2, ''))
        at = stripped.find(self._SIGIL)
        if at >= 0:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, at))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, map, depth):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        sigil = self._SIGIL
        while rest:
            at = rest.find(sigil)
            if at < 0:
                accum.append(rest)
                break
            if at:
                accum.append(rest[:at])
                rest = rest[at:]
            after = rest[1:2]
            if after == sigil:
                accum.append(sigil)
                rest = rest[2:]
                continue
            if after != self._OPEN:
                raise InterpolationSyntaxError(option, section, self._SYNTAX % (rest,))
            found = self._KEYCRE.match(rest)
            if found is None:
                raise InterpolationSyntaxError(
                    option, section, "bad interpolation variable reference %r" % rest)
            rest = rest[found.end():]
            self._lookup(parser, option, section, map, raw, found.group(1), rest,
                         accum, depth)


class BasicInterpolation(_Expander):
    """%(name)s refers to an option of the same section or of the defaults; %% is a
    percent sign."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    _SIGIL, _OPEN = '%', '('
    _SYNTAX = "'%%' must be followed by '%%' or '(', found: %r"

    def _lookup(self, parser, option, section, map, raw, name, rest, accum, depth):
        key = parser.optionxform(name)
        try:
            value = map[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw, key) from None
        if "%" in value:
            self._interpolate_some(parser, option, accum, value, section, map, depth + 1)
        else:
            accum.append(value)


class ExtendedInterpolation(_Expander):
    """${name} refers to an option of the same section or of the defaults, ${sec:name}
    to one of another section; $$ is a dollar sign."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    _SIGIL, _OPEN = '$', '{'
    _SYNTAX = "'$' must be followed by '$' or '{', found: %r"

    def _lookup(self, parser, option, section, map, raw, name, rest, accum, depth):
        parts = name.split(':')
        where, key = section, option
        try:
            if len(parts) == 1:
                key = parser.optionxform(parts[0])
                value = map[key]
            elif len(parts) == 2:
                where, key = parts[0], parser.optionxform(parts[1])
                value = parser.get(where, key, raw=True)
            else:
                raise InterpolationSyntaxError(
                    option, section, "More than one ':' found: %r" % (rest,))
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(
                option, section, raw, ":".join(parts)) from None
        if "$" not in value:
            accum.append(value)
            return
        self._interpolate_some(parser, key, accum, value, where,
                               dict(parser.items(where, raw=True)), depth + 1)


class LegacyInterpolation(Interpolation):
    """The interpolation of old versions of ConfigParser (deprecated)."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value

        def normalize(m):
            name = m.group(1)
            return m.group() if name is None else "%%(%s)s" % parser.optionxform(name)

        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                break
            value = self._KEYCRE.sub(normalize, value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(
                    option, section, original, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value

    def before_set(self, parser, section, option, value):
        return value
