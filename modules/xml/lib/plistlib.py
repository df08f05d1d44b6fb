"""plistlib.py -- a tool to generate and parse MacOSX .plist files.

Property lists hold dicts, lists, strings, bytes, integers, floats, booleans,
datetimes and UIDs, written as XML (FMT_XML) or Apple's binary format
(FMT_BINARY).  dump/dumps write one, load/loads read either (the format is
recognized by its first bytes).
"""
# gopy's plistlib: the XML format read with pyexpat and written line by line, the
# binary format ("bplist00") read and written with struct, both as python3 does.
__all__ = ["InvalidFileException", "FMT_XML", "FMT_BINARY", "load", "dump", "loads", "dumps", "UID"]

import binascii
import datetime
import enum
import re
import struct
from io import BytesIO
from xml.parsers.expat import ParserCreate

PlistFormat = enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
globals().update(PlistFormat.__members__)


class UID:
    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError("data must be an int")
        if data >= 1 << 64:
            raise ValueError("UIDs cannot be >= 2**64")
        if data < 0:
            raise ValueError("UIDs must be positive")
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, repr(self.data))

    def __reduce__(self):
        return type(self), (self.data,)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data

    def __hash__(self):
        return hash(self.data)


class InvalidFileException(ValueError):
    def __init__(self, message="Invalid file"):
        ValueError.__init__(self, message)


PLISTHEADER = b"""\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
"""

_controlCharPat = re.compile(
    r"[\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
    r"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f]")

_dateParser = re.compile(r"(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)(?:T(?P<hour>\d\d)"
                         r"(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z", re.ASCII)


def _date_from_string(s):
    m = _dateParser.match(s)
    fields = [m.group(k) for k in ("year", "month", "day", "hour", "minute", "second")]
    numbers = []
    for f in fields:
        if f is None:
            break
        numbers.append(int(f))
    return datetime.datetime(*numbers)


def _date_to_string(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ") if d.year >= 1000 else '%04d-%02d-%02dT%02d:%02d:%02dZ' % (
        d.year, d.month, d.day, d.hour, d.minute, d.second)


def _escape(text):
    if _controlCharPat.search(text) is not None:
        raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _PlistParser:
    def __init__(self, dict_type):
        self.stack = []
        self.current_key = None
        self.root = None
        self._dict_type = dict_type

    def parse(self, fileobj):
        p = self.parser = ParserCreate()
        p.StartElementHandler = self.handle_begin_element
        p.EndElementHandler = self.handle_end_element
        p.CharacterDataHandler = self.handle_data
        p.EntityDeclHandler = self.handle_entity_decl
        p.ParseFile(fileobj)
        return self.root

    def handle_entity_decl(self, entity_name, is_parameter_entity, value, base, system_id, public_id, notation_name):
        raise InvalidFileException("XML entity declarations are not supported in plist files")

    def handle_begin_element(self, element, attrs):
        self.data = []
        if element == "dict":
            self._push(self._dict_type())
        elif element == "array":
            self._push([])

    def handle_end_element(self, element):
        handler = getattr(self, f"end_{element}", None)
        if handler is not None:
            handler()

    def handle_data(self, data):
        self.data.append(data)

    def _push(self, container):
        self.add_object(container)
        self.stack.append(container)

    def add_object(self, value):
        line = self.parser.CurrentLineNumber
        if self.current_key is not None:
            if not isinstance(self.stack[-1], dict):
                raise ValueError("unexpected element at line %d" % line)
            key, self.current_key = self.current_key, None
            self.stack[-1][key] = value
        elif not self.stack:
            self.root = value
        else:
            if not isinstance(self.stack[-1], list):
                raise ValueError("unexpected element at line %d" % line)
            self.stack[-1].append(value)

    def get_data(self):
        data = "".join(self.data)
        self.data = []
        return data

    def end_dict(self):
        if self.current_key:
            raise ValueError("missing value for key '%s' at line %d" % (self.current_key, self.parser.CurrentLineNumber))
        self.stack.pop()

    def end_key(self):
        if self.current_key or not isinstance(self.stack[-1], dict):
            raise ValueError("unexpected key at line %d" % self.parser.CurrentLineNumber)
        self.current_key = self.get_data()

    def end_array(self):
        self.stack.pop()

    def end_true(self):
        self.add_object(True)

    def end_false(self):
        self.add_object(False)

    def end_integer(self):
        raw = self.get_data()
        self.add_object(int(raw, 16) if raw[:2] in ("0x", "0X") else int(raw))

    def end_real(self):
        self.add_object(float(self.get_data()))

    def end_string(self):
        self.add_object(self.get_data())

    def end_data(self):
        self.add_object(binascii.a2b_base64(self.get_data().encode("utf-8")))

    def end_date(self):
        self.add_object(_date_from_string(self.get_data()))


class _PlistWriter:
    def __init__(self, file, indent_level=0, indent=b"\t", writeHeader=1, sort_keys=True, skipkeys=False):
        if writeHeader:
            file.write(PLISTHEADER)
        self.file = file
        self.level = indent_level
        self.indent = indent
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def writeln(self, line):
        if line:
            if isinstance(line, str):
                line = line.encode("utf-8")
            self.file.write(self.indent * self.level)
            self.file.write(line)
        self.file.write(b"\n")

    def open(self, tag):
        self.writeln("<%s>" % tag)
        self.level += 1

    def close(self, tag):
        self.level -= 1
        self.writeln("</%s>" % tag)

    def simple(self, tag, value=None):
        if value is None:
            self.writeln("<%s/>" % tag)
        else:
            self.writeln("<%s>%s</%s>" % (tag, _escape(value), tag))

    def write(self, value):
        self.writeln('<plist version="1.0">')
        self.write_value(value)
        self.writeln("</plist>")

    def write_value(self, value):
        if isinstance(value, str):
            self.simple("string", value)
        elif value is True or value is False:
            self.simple("true" if value else "false")
        elif isinstance(value, int):
            if not -1 << 63 <= value < 1 << 64:
                raise OverflowError(value)
            self.simple("integer", "%d" % value)
        elif isinstance(value, float):
            self.simple("real", repr(value))
        elif isinstance(value, dict):
            self.write_dict(value)
        elif isinstance(value, (bytes, bytearray)):
            self.write_bytes(value)
        elif isinstance(value, datetime.datetime):
            self.simple("date", _date_to_string(value))
        elif isinstance(value, (tuple, list)):
            self.write_array(value)
        else:
            raise TypeError("unsupported type: %s" % type(value))

    def write_bytes(self, data):
        self.open("data")
        self.level -= 1
        width = max(16, 76 - len(self.indent.replace(b"\t", b" " * 8) * self.level))
        chunk = (width // 4) * 3
        for i in range(0, len(data), chunk):
            self.writeln(binascii.b2a_base64(data[i:i + chunk])[:-1])
        self.level += 1
        self.close("data")

    def write_dict(self, d):
        if not d:
            self.simple("dict")
            return
        self.open("dict")
        for key, value in (sorted(d.items()) if self._sort_keys else d.items()):
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError("keys must be strings")
            self.simple("key", key)
            self.write_value(value)
        self.close("dict")

    def write_array(self, array):
        if not array:
            self.simple("array")
            return
        self.open("array")
        for value in array:
            self.write_value(value)
        self.close("array")


def _is_fmt_xml(header):
    for prefix in (b"<?xml", b"<plist"):
        if header.startswith(prefix):
            return True
        for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"),
                           (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le")):
            if header.startswith(bom) and header[len(bom):].startswith(prefix.decode("ascii").encode(codec)):
                return True
    return False


from _plistlib_binary import _BinaryPlistParser, _BinaryPlistWriter, _is_fmt_binary

_FORMATS = {
    FMT_XML: dict(detect=_is_fmt_xml, parser=_PlistParser, writer=_PlistWriter),
    FMT_BINARY: dict(detect=_is_fmt_binary, parser=_BinaryPlistParser, writer=_BinaryPlistWriter),
}


def load(fp, *, fmt=None, dict_type=dict):
    """Read a property list from the binary file object fp and return its
    root value; fmt None recognizes the format."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        for info in _FORMATS.values():
            if info["detect"](header):
                parser = info["parser"]
                break
        else:
            raise InvalidFileException()
    else:
        parser = _FORMATS[fmt]["parser"]
    return parser(dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    """Read a property list from bytes and return its root value."""
    return load(BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    """Write value as a property list in format fmt to the binary file fp."""
    if fmt not in _FORMATS:
        raise ValueError("Unsupported format: %r" % (fmt,))
    _FORMATS[fmt]["writer"](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    """Return value as a property list (bytes) in format fmt."""
    out = BytesIO()
    dump(value, out, fmt=fmt, sort_keys=sort_keys, skipkeys=skipkeys)
    return out.getvalue()
