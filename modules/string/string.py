"""Common string constants, Template substitution and the Formatter class.

(gopy's implementation, written after the documentation of CPython 3.11's string module.)"""

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split s into words (on sep, or on runs of whitespace when sep is None), capitalize
    each and join them again with sep (or a single space)."""
    words = [w.capitalize() for w in s.split(sep)]
    return (sep or ' ').join(words)


# ---------------------------------------------------------------- Template

_no_mapping = {}


class Template:
    """A string holding $-placeholders that substitute() and safe_substitute() fill in."""

    delimiter = '$'
    # An ASCII identifier; flags adds IGNORECASE, so upper case letters match as well.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            d = _re.escape(cls.delimiter)
            braced = cls.braceidpattern
            if braced is None:
                braced = cls.idpattern
            source = (d + '(?:(?P<escaped>' + d + ')|(?P<named>' + cls.idpattern +
                      ')|{(?P<braced>' + braced + ')}|(?P<invalid>))')
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        start = mo.start('invalid')
        before = self.template[:start].splitlines(keepends=True)
        if before:
            lineno = len(before)
            colno = start - len(''.join(before[:-1]))
        else:
            lineno = colno = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _fill(self, mapping, kws, safe):
        if mapping is _no_mapping:
            values = kws
        elif kws:
            values = _Layered(kws, mapping)
        else:
            values = mapping

        def replace(mo):
            name = mo.group('named')
            if name is None:
                name = mo.group('braced')
            if name is not None:
                if not safe:
                    return str(values[name])
                try:
                    return str(values[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if safe:
                    return mo.group()
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def substitute(*args, **kws):
        """substitute(mapping={}, /, **kws): the template with every placeholder replaced;
        KeyError for a missing name."""
        self, mapping = _self_and_mapping('substitute', args)
        return self._fill(mapping, kws, False)

    def safe_substitute(*args, **kws):
        """safe_substitute(mapping={}, /, **kws): the template with the placeholders that
        have values replaced, the others kept as they are."""
        self, mapping = _self_and_mapping('safe_substitute', args)
        return self._fill(mapping, kws, True)

    def is_valid(self):
        """False when the template holds a placeholder substitute() would reject."""
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        """The placeholder names of the template, each once, in order of appearance."""
        seen = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named')
            if name is None:
                name = mo.group('braced')
            if name is not None:
                if name not in seen:
                    seen.append(name)
            elif (mo.group('invalid') is None and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return seen


def _self_and_mapping(name, args):
    # The positional-only parameters (self, mapping=_no_mapping, /) of the substitutions.
    if not args:
        raise TypeError("Template.%s() missing 1 required positional argument: 'self'" % name)
    if len(args) > 2:
        raise TypeError('Template.%s() takes from 1 to 2 positional arguments but %d were given'
                        % (name, len(args)))
    if len(args) == 1:
        return args[0], _no_mapping
    return args


class _Layered:
    # Keyword arguments first, then the mapping: the lookup substitute() makes.
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


Template.__init_subclass__()


# ---------------------------------------------------------------- Formatter

def _parse_format(s):
    # The tuples (literal, field_name, format_spec, conversion) of str.format's grammar,
    # with CPython's errors; a stretch of literal text without a field ends in None, None, None.
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                break
        else:
            c = ''
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if c == '':
            yield s[start:i], None, None, None
            return
        if s[i] == c:
            # A doubled brace: literal text that ends with one brace.
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        # The field: its name runs to '}', ':' or '!'; brackets may hold anything but ']'.
        name_start = i
        stop = ''
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                continue
            if c in '}:!':
                stop = c
                break
        if not stop:
            raise ValueError("expected '}' before end of string")
        name = s[name_start:i - 1]
        conversion = None
        if stop == '!':
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    yield literal, name, '', conversion
                    continue
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
            stop = ':'
        if stop == '}':
            yield literal, name, '', conversion
            continue
        spec_start = i
        depth = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
        if depth:
            raise ValueError("unmatched '{' in format spec")
        yield literal, name, s[spec_start:i - 1], conversion


def _split_field_name(name):
    # (first, lookups): a field name's head (an int when all digits) and an iterator of the
    # (is_attribute, key) lookups that follow it, which reports a malformed one only when
    # it is reached (as CPython's _string.formatter_field_name_split).
    i = 0
    while i < len(name) and name[i] not in '.[':
        i += 1
    head = name[:i]
    if head and all('0' <= ch <= '9' for ch in head):
        head = int(head)
    return head, _field_lookups(name, i)


def _field_lookups(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        j = i
        if c == '.':
            while j < n and name[j] not in '.[':
                j += 1
            key = name[i:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            i = j
            yield True, key
            continue
        while j < n and name[j] != ']':
            j += 1
        if j >= n:
            raise ValueError("Missing ']' in format string")
        key = name[i:j]
        if not key:
            raise ValueError("Empty attribute in format string")
        if all('0' <= ch <= '9' for ch in key):
            key = int(key)
        i = j + 1
        yield False, key
        if i < n and name[i] not in '.[':
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """str.format's machinery as overridable methods."""

    def format(*args, **kwargs):
        # format(self, format_string, /, *args, **kwargs)
        if len(args) < 2:
            what = "'format_string'" if args else "'self' and 'format_string'"
            raise TypeError('Formatter.format() missing %d required positional argument%s: %s'
                            % (2 - len(args), '' if args else 's', what))
        return args[0].vformat(args[1], args[2:], kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_arg_index = False
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
