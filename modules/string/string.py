# gopy's string module: the character-class constants, capwords, Template ($-substitution)
# and Formatter (str.format's machinery made overridable), as CPython 3.11 behaves.

import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
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

    Split s into words with str.split(sep), capitalize each and join them with sep
    (a single space when sep is None)."""
    words = [w.capitalize() for w in s.split(sep)]
    return (sep or ' ').join(words)


def _template_regex(cls):
    # the class's pattern from its delimiter, idpattern, braceidpattern and flags
    delim = _re.escape(cls.delimiter)
    ident = cls.idpattern
    braced = cls.braceidpattern
    if braced is None:
        braced = ident
    source = (delim + '(?:'
              + '(?P<escaped>' + delim + ')|'
              + '(?P<named>' + ident + ')|'
              + '{(?P<braced>' + braced + ')}|'
              + '(?P<invalid>))')
    return _re.compile(source, cls.flags | _re.VERBOSE)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' not in cls.__dict__:
            cls.pattern = _template_regex(cls)

    def __init__(self, template):
        self.template = template

    def _bad_placeholder(self, m):
        at = m.start('invalid')
        before = self.template[:at].splitlines(keepends=True)
        if before:
            line = len(before)
            col = at - len(''.join(before[:-1]))
        else:
            line, col = 1, 1
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))


    def substitute(*args, **kws):
        self, values = _template_args('substitute', args, kws)

        def replace(m):
            name = m.group('named')
            if name is None:
                name = m.group('braced')
            if name is not None:
                return str(values[name])
            if m.group('escaped') is not None:
                return self.delimiter
            if m.group('invalid') is not None:
                self._bad_placeholder(m)
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def safe_substitute(*args, **kws):
        self, values = _template_args('safe_substitute', args, kws)

        def replace(m):
            name = m.group('named')
            if name is None:
                name = m.group('braced')
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return m.group()
            if m.group('escaped') is not None:
                return self.delimiter
            if m.group('invalid') is not None:
                return m.group()
            raise ValueError('Unrecognized named group in pattern', self.pattern)
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for m in self.pattern.finditer(self.template):
            if m.group('invalid') is not None:
                return False
            if (m.group('named') is None and m.group('braced') is None
                    and m.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        found = []
        for m in self.pattern.finditer(self.template):
            name = m.group('named') or m.group('braced')
            if name is not None:
                if name not in found:
                    found.append(name)
            elif (m.group('invalid') is None and m.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return found


Template.pattern = _template_regex(Template)


def _template_args(name, args, kws):
    # (self, mapping) of substitute(self, mapping=..., /, **kws), positional-only by hand
    if not args:
        raise TypeError("Template.%s() missing 1 required positional argument: 'self'" % name)
    if len(args) > 2:
        raise TypeError('Too many positional arguments')
    if len(args) == 1:
        return args[0], kws
    mapping = args[1]
    if kws:
        return args[0], _ChainGet(kws, mapping)
    return args[0], mapping


class _ChainGet:
    # keyword arguments first, then the mapping
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


def _parse_format(s):
    # yields (literal, field_name, format_spec, conversion) as _string.formatter_parser
    i, n = 0, len(s)
    text = []
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                text.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            text.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        if s[i + 1] == '{':
            text.append('{')
            i += 2
            continue
        name, conv, spec, i = _read_field(s, i + 1)
        yield ''.join(text), name, spec, conv
        text = []
    if text:
        yield ''.join(text), None, None, None


def _read_field(s, i):
    # the field that starts at s[i] (after its '{'): (name, conversion, spec, next index)
    n = len(s)
    start = i
    while True:
        if i >= n:
            raise ValueError("expected '}' before end of string")
        c = s[i]
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c in '}:!':
            break
        i += 1
    name = s[start:i]
    if s[i] == '}':
        return name, None, '', i + 1
    conv = None
    if s[i] == '!':
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conv = s[i + 1]
        i += 2
        if i < n and s[i] not in ':}':
            raise ValueError("expected ':' after conversion specifier")
        if i < n and s[i] == '}':
            return name, conv, '', i + 1
    i += 1
    spec_start, depth = i, 1
    while i < n:
        if s[i] == '{':
            depth += 1
        elif s[i] == '}':
            depth -= 1
            if depth == 0:
                return name, conv, s[spec_start:i], i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def _split_name(name):
    # 'a.b[0]' -> ('a', [(True, 'b'), (False, 0)])
    m = _re.match(r'[^.\[]*', name)
    first = m.group()
    rest = []
    i = m.end()
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    if first.isdigit():
        first = int(first)
    return first, rest


class Formatter:
    """str.format's machinery with each step a method to override."""

    def format(*args, **kwargs):
        if len(args) < 2:
            if not args:
                raise TypeError("descriptor 'format' of 'Formatter' object needs an argument")
            raise TypeError("format() missing 1 required positional argument: 'format_string'")
        return args[0].vformat(args[1], args[2:], kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, depth, auto_arg_index=0):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        depth - 1, auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return ''.join(out), auto_arg_index

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
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
