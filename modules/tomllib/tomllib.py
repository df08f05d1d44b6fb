from datetime import date as _date, datetime as _datetime, time as _time
from datetime import timedelta as _timedelta, timezone as _timezone
import re as _re

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """Raised for a document that is not valid TOML; the message ends with its position."""


# Character classes of the grammar. Control characters are refused in strings and
# comments, except a tab everywhere and a newline in the multi-line strings.
_CONTROL = frozenset(map(chr, range(32))) | {"\x7f"}
_NOT_IN_LINE = _CONTROL - {"\t"}
_NOT_IN_BLOCK = _CONTROL - {"\t", "\n"}
_BLANK = frozenset(" \t")
_BLANK_NL = frozenset(" \t\n")
_DIGITS = frozenset("0123456789")
_HEX = frozenset("0123456789abcdefABCDEF")
_RADIX = {"x": (_HEX, 16), "o": (frozenset("01234567"), 8), "b": (frozenset("01"), 2)}
_BARE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
_KEY_START = _BARE | {'"', "'"}
_SIMPLE_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r",
                   '"': '"', "\\": "\\"}

# What a key path may be marked with: SEALED for inline tables and arrays given as
# values (nothing may be added inside them), OPENED for tables a header or a dotted
# key has made (no later [header] may name them again).
_SEALED = 1
_OPENED = 2

_NONE = object()
# The document is read as a list of characters: indexing a long str is not O(1) in
# gopy. Blank entries after the end stand for "no character" wherever the grammar
# looks a few characters ahead.
_ONE_CHAR = _re.compile(r".", _re.DOTALL)
_PAST_END = [""] * 32
_offsets = {}


def _offset_zone(sign, hours, minutes):
    zone = _offsets.get((sign, hours, minutes))
    if zone is None:
        delta = _timedelta(hours=hours, minutes=minutes)
        zone = _timezone(-delta if sign == "-" else delta)
        _offsets[sign, hours, minutes] = zone
    return zone


def _run(s, i, allowed):
    """End of a run of allowed characters at i, single underscores allowed between
    them, or -1 when s[i] is not one of them."""
    if s[i] not in allowed:
        return -1
    i += 1
    while True:
        c = s[i]
        if c in allowed:
            i += 1
        elif c == "_" and s[i + 1] in allowed:
            i += 2
        else:
            return i


def _two(s, i):
    """The two ASCII digits at i as a number, else -1."""
    if s[i] in _DIGITS and s[i + 1] in _DIGITS:
        return int(s[i] + s[i + 1])
    return -1


def _walk(root, path, arrays=True):
    """The table at path under root, made when missing; the last table of an array of
    tables stands for the array when arrays is true. KeyError when a value is in the
    way."""
    table = root
    for part in path:
        if part in table:
            table = table[part]
        else:
            table[part] = inner = {}
            table = inner
        if arrays and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise KeyError(part)
    return table


class _Node:
    __slots__ = ("own", "inherited", "children")

    def __init__(self):
        self.own = set()
        self.inherited = set()
        self.children = {}


class _Marks:
    """Marks on key paths; a mark given with whole=True covers every path below too."""

    def __init__(self):
        self.top = {}
        self.deferred = []

    def add(self, path, mark, whole=False):
        nodes = self.top
        node = None
        for part in path:
            node = nodes.get(part)
            if node is None:
                node = nodes[part] = _Node()
            nodes = node.children
        (node.inherited if whole else node.own).add(mark)

    def has(self, path, mark):
        nodes = self.top
        depth = len(path)
        for n, part in enumerate(path, 1):
            node = nodes.get(part)
            if node is None:
                return False
            if mark in node.inherited:
                return True
            if n == depth:
                return mark in node.own
            nodes = node.children
        return False

    def drop(self, path):
        nodes = self.top
        for part in path[:-1]:
            node = nodes.get(part)
            if node is None:
                return
            nodes = node.children
        nodes.pop(path[-1], None)

    def settle(self):
        for path, mark in self.deferred:
            self.add(path, mark)
        self.deferred.clear()


class _Reader:
    """A cursor over one document; self.i is the next character to read."""

    def __init__(self, text, make_float):
        chars = _ONE_CHAR.findall(text)
        self.n = len(chars)
        self.s = chars + _PAST_END
        self.i = 0
        self.make_float = make_float

    def find(self, stop, start):
        """Where the next stop (a short str) begins at or after start, or -1."""
        s, n = self.s, self.n
        while True:
            try:
                at = s.index(stop[0], start, n)
            except ValueError:
                return -1
            if "".join(s[at:at + len(stop)]) == stop:
                return at
            start = at + 1

    def error(self, pos, what):
        s = self.s
        if pos >= self.n:
            where = "end of document"
        else:
            before = "".join(s[:pos])
            where = "line %d, column %d" % (before.count("\n") + 1, pos - before.rfind("\n"))
        return TOMLDecodeError("%s (at %s)" % (what, where))

    # -- blanks and comments --

    def skip(self, chars):
        s, n, i = self.s, self.n, self.i
        while i < n and s[i] in chars:
            i += 1
        self.i = i

    def refuse(self, start, end, bad):
        s = self.s
        if not bad.isdisjoint(s[start:end]):
            while s[start] not in bad:
                start += 1
            raise self.error(start, "Found invalid character %r" % s[start])

    def comment(self):
        i = self.i
        if self.s[i] == "#":
            end = self.find("\n", i + 1)
            if end < 0:
                end = self.n
            self.refuse(i + 1, end, _NOT_IN_LINE)
            self.i = end

    def skip_in_array(self):
        while True:
            before = self.i
            self.skip(_BLANK_NL)
            self.comment()
            if self.i == before:
                return

    # -- the document --

    def document(self):
        s, n = self.s, self.n
        root = {}
        marks = _Marks()
        prefix = ()
        while True:
            self.skip(_BLANK)
            if self.i >= n:
                break
            c = s[self.i]
            if c == "\n":
                self.i += 1
                continue
            if c in _KEY_START:
                self.assign(root, marks, prefix)
                self.skip(_BLANK)
            elif c == "[":
                marks.settle()
                if s[self.i + 1] == "[":
                    prefix = self.array_header(root, marks)
                else:
                    prefix = self.table_header(root, marks)
                self.skip(_BLANK)
            elif c != "#":
                raise self.error(self.i, "Invalid statement")
            self.comment()
            if self.i >= n:
                break
            if s[self.i] != "\n":
                raise self.error(
                    self.i, "Expected newline or end of document after a statement")
            self.i += 1
        return root

    def table_header(self, root, marks):
        self.i += 1
        self.skip(_BLANK)
        path = self.key()
        at = self.i
        if marks.has(path, _OPENED) or marks.has(path, _SEALED):
            raise self.error(at, "Cannot declare %s twice" % (path,))
        marks.add(path, _OPENED)
        try:
            _walk(root, path)
        except KeyError:
            raise self.error(at, "Cannot overwrite a value") from None
        if self.s[at] != "]":
            raise self.error(at, "Expected ']' at the end of a table declaration")
        self.i = at + 1
        return path

    def array_header(self, root, marks):
        self.i += 2
        self.skip(_BLANK)
        path = self.key()
        at = self.i
        if marks.has(path, _SEALED):
            raise self.error(at, "Cannot mutate immutable namespace %s" % (path,))
        # A new element: what was declared inside the previous one may be declared again.
        marks.drop(path)
        marks.add(path, _OPENED)
        try:
            holder = _walk(root, path[:-1])
            name = path[-1]
            if name not in holder:
                holder[name] = [{}]
            elif isinstance(holder[name], list):
                holder[name].append({})
            else:
                raise KeyError(name)
        except KeyError:
            raise self.error(at, "Cannot overwrite a value") from None
        if self.s[at] != "]" or self.s[at + 1] != "]":
            raise self.error(at, "Expected ']]' at the end of an array declaration")
        self.i = at + 2
        return path

    def assign(self, root, marks, prefix):
        path, value = self.pair()
        at = self.i
        for depth in range(1, len(path)):
            table = prefix + path[:depth]
            if marks.has(table, _OPENED):
                raise self.error(at, "Cannot redefine namespace %s" % (table,))
            marks.deferred.append((table, _OPENED))
        parent = prefix + path[:-1]
        if marks.has(parent, _SEALED):
            raise self.error(at, "Cannot mutate immutable namespace %s" % (parent,))
        try:
            holder = _walk(root, parent)
        except KeyError:
            raise self.error(at, "Cannot overwrite a value") from None
        name = path[-1]
        if name in holder:
            raise self.error(at, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            marks.add(prefix + path, _SEALED, whole=True)
        holder[name] = value

    # -- keys --

    def pair(self):
        path = self.key()
        if self.s[self.i] != "=":
            raise self.error(self.i, "Expected '=' after a key in a key/value pair")
        self.i += 1
        self.skip(_BLANK)
        return path, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_BLANK)
        while self.s[self.i] == ".":
            self.i += 1
            self.skip(_BLANK)
            parts.append(self.key_part())
            self.skip(_BLANK)
        return tuple(parts)

    def key_part(self):
        s, start = self.s, self.i
        c = s[start]
        if c in _BARE:
            self.skip(_BARE)
            return "".join(s[start:self.i])
        if c == "'":
            return self.literal()
        if c == '"':
            self.i += 1
            return self.basic(False)
        raise self.error(start, "Invalid initial character for a key part")

    # -- strings --

    def until(self, start, stop, bad):
        end = self.find(stop, start)
        if end < 0:
            raise self.error(self.n, "Expected %r" % stop)
        self.refuse(start, end, bad)
        return end

    def literal(self):
        start = self.i + 1
        end = self.until(start, "'", _NOT_IN_LINE)
        self.i = end + 1
        return "".join(self.s[start:end])

    def basic(self, block):
        """The rest of a basic string whose opening quotes are read."""
        s, n, i = self.s, self.n, self.i
        bad = _NOT_IN_BLOCK if block else _NOT_IN_LINE
        pieces = []
        start = i
        while True:
            if i >= n:
                raise self.error(i, "Unterminated string")
            c = s[i]
            if c == '"':
                if not block:
                    pieces.append("".join(s[start:i]))
                    self.i = i + 1
                    break
                if s[i + 1] == '"' and s[i + 2] == '"':
                    pieces.append("".join(s[start:i]))
                    self.i = i + 3
                    break
                i += 1
            elif c == "\\":
                pieces.append("".join(s[start:i]))
                i = self.escape(i, block, pieces)
                start = i
            elif c in bad:
                raise self.error(i, "Illegal character %r" % c)
            else:
                i += 1
        return "".join(pieces)

    def escape(self, i, block, pieces):
        """Read the escape at i into pieces; return where the string goes on."""
        s = self.s
        code = s[i + 1]
        i += 2
        if block and code in _BLANK_NL:
            # A backslash ending a line drops the line break and the blanks after it.
            if code != "\n":
                self.i = i
                self.skip(_BLANK)
                i = self.i
                if i >= self.n:
                    return i
                if s[i] != "\n":
                    raise self.error(i, "Unescaped '\\' in a string")
            self.i = i
            self.skip(_BLANK_NL)
            return self.i
        if code == "u" or code == "U":
            width = 4 if code == "u" else 8
            digits = "".join(s[i:i + width])
            if len(digits) != width or not _HEX.issuperset(digits):
                raise self.error(i, "Invalid hex value")
            i += width
            point = int(digits, 16)
            if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF:
                raise self.error(i, "Escaped character is not a Unicode scalar value")
            pieces.append(chr(point))
            return i
        text = _SIMPLE_ESCAPES.get(code)
        if text is None:
            raise self.error(i, "Unescaped '\\' in a string")
        pieces.append(text)
        return i

    def block_string(self, quote):
        s = self.s
        i = self.i + 3
        if s[i] == "\n":
            i += 1
        if quote == "'":
            end = self.until(i, "'''", _NOT_IN_BLOCK)
            text = "".join(s[i:end])
            i = end + 3
        else:
            self.i = i
            text = self.basic(True)
            i = self.i
        # Up to two quotes right before the closing three belong to the string.
        for _ in range(2):
            if s[i] != quote:
                break
            text += quote
            i += 1
        self.i = i
        return text

    # -- values --

    def value(self):
        s, i = self.s, self.i
        c = s[i]
        if c == '"':
            if s[i + 1] == '"' and s[i + 2] == '"':
                return self.block_string(c)
            self.i += 1
            return self.basic(False)
        if c == "'":
            if s[i + 1] == "'" and s[i + 2] == "'":
                return self.block_string(c)
            return self.literal()
        if c == "t" and "".join(s[i:i + 4]) == "true":
            self.i += 4
            return True
        if c == "f" and "".join(s[i:i + 5]) == "false":
            self.i += 5
            return False
        if c == "[":
            return self.array()
        if c == "{":
            return self.inline_table()
        if c in _DIGITS:
            found = self.date_or_time(i)
            if found is not _NONE:
                return found
        found = self.number(i)
        if found is not _NONE:
            return found
        for word in ("".join(s[i:i + 3]), "".join(s[i:i + 4])):
            if word in ("inf", "nan", "+inf", "-inf", "+nan", "-nan"):
                self.i += len(word)
                return self.make_float(word)
        raise self.error(i, "Invalid value")

    def array(self):
        self.i += 1
        items = []
        self.skip_in_array()
        if self.s[self.i] == "]":
            self.i += 1
            return items
        while True:
            items.append(self.value())
            self.skip_in_array()
            c = self.s[self.i]
            if c == "]":
                self.i += 1
                return items
            if c != ",":
                raise self.error(self.i, "Unclosed array")
            self.i += 1
            self.skip_in_array()
            if self.s[self.i] == "]":
                self.i += 1
                return items

    def inline_table(self):
        self.i += 1
        table = {}
        marks = _Marks()
        self.skip(_BLANK)
        if self.s[self.i] == "}":
            self.i += 1
            return table
        while True:
            path, value = self.pair()
            at = self.i
            if marks.has(path, _SEALED):
                raise self.error(at, "Cannot mutate immutable namespace %s" % (path,))
            try:
                holder = _walk(table, path[:-1], arrays=False)
            except KeyError:
                raise self.error(at, "Cannot overwrite a value") from None
            name = path[-1]
            if name in holder:
                raise self.error(at, "Duplicate inline table key %r" % name)
            holder[name] = value
            self.skip(_BLANK)
            c = self.s[self.i]
            if c == "}":
                self.i += 1
                return table
            if c != ",":
                raise self.error(self.i, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                marks.add(path, _SEALED, whole=True)
            self.i += 1
            self.skip(_BLANK)

    def clock(self, i):
        """HH:MM:SS with an optional fraction at i, as (end, hour, minute, second,
        microsecond), or None."""
        s = self.s
        hour, minute, second = _two(s, i), _two(s, i + 3), _two(s, i + 6)
        if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
            return None
        if s[i + 2] != ":" or s[i + 5] != ":":
            return None
        end = i + 8
        micro = 0
        if s[end] == "." and s[end + 1] in _DIGITS:
            stop = end + 1
            while s[stop] in _DIGITS:
                stop += 1
            # Digits past the sixth are read and dropped.
            micro = int("".join(s[end + 1:min(stop, end + 7)]).ljust(6, "0"))
            end = stop
        return end, hour, minute, second, micro

    def date_or_time(self, i):
        s = self.s
        year = "".join(s[i:i + 4])
        month, day = _two(s, i + 5), _two(s, i + 8)
        if (len(year) == 4 and _DIGITS.issuperset(year) and s[i + 4] == "-"
                and 1 <= month <= 12 and s[i + 7] == "-" and 1 <= day <= 31):
            end = i + 10
            t = None
            if s[end] in ("T", "t", " "):
                t = self.clock(end + 1)
            try:
                if t is None:
                    found = _date(int(year), month, day)
                else:
                    end, hour, minute, second, micro = t
                    zone = None
                    mark = s[end]
                    if mark in ("Z", "z"):
                        zone = _timezone.utc
                        end += 1
                    elif mark in ("+", "-"):
                        hours, minutes = _two(s, end + 1), _two(s, end + 4)
                        if 0 <= hours <= 23 and 0 <= minutes <= 59 and s[end + 3] == ":":
                            zone = _offset_zone(mark, hours, minutes)
                            end += 6
                    found = _datetime(int(year), month, day, hour, minute, second, micro,
                                      tzinfo=zone)
            except ValueError as exc:
                raise self.error(i, "Invalid date or datetime") from exc
            self.i = end
            return found
        t = self.clock(i)
        if t is None:
            return _NONE
        self.i = t[0]
        return _time(*t[1:])

    def number(self, i):
        s = self.s
        if s[i] == "0":
            radix = _RADIX.get(s[i + 1])
            if radix is not None:
                end = _run(s, i + 2, radix[0])
                if end > 0:
                    self.i = end
                    return int("".join(s[i + 2:end]).replace("_", ""), radix[1])
        end = i
        if s[end] in ("+", "-"):
            end += 1
        if s[end] == "0":
            end += 1
        else:
            end = _run(s, end, _DIGITS)
            if end < 0:
                return _NONE
        whole = end
        if s[end] == ".":
            end = max(end, _run(s, end + 1, _DIGITS))
        if s[end] in ("e", "E"):
            after = end + 1
            if s[after] in ("+", "-"):
                after += 1
            end = max(end, _run(s, after, _DIGITS))
        self.i = end
        text = "".join(s[i:end])
        if end > whole:
            return self.make_float(text)
        return int(text.replace("_", ""), 0)


def _checked(make_float):
    def checked(text):
        result = make_float(text)
        if isinstance(result, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return result
    return checked


def loads(s, /, *, parse_float=float):
    """Parse the TOML document s (a str) into a dict."""
    text = s.replace("\r\n", "\n")
    if parse_float is not float:
        parse_float = _checked(parse_float)
    return _Reader(text, parse_float).document()


def load(fp, /, *, parse_float=float):
    """Parse the TOML document read from fp, a file opened in binary mode."""
    data = fp.read()
    try:
        decode = data.decode
    except AttributeError:
        raise TypeError("File must be opened in binary mode, "
                        "e.g. use `open('foo.toml', 'rb')`") from None
    return loads(decode(), parse_float=parse_float)
