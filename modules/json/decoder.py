"""Implementation of JSONDecoder

The scanning is done by _json (Go); this module keeps the Python API:
JSONDecoder with its hooks and JSONDecodeError with its position fields.
"""

import _json
from json import scanner

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

WHITESPACE_STR = ' \t\n\r'


class JSONDecodeError(ValueError):
    """A ValueError for a JSON document that cannot be decoded.

    Besides the message it keeps msg (the message without its position), doc
    (the document), pos (the index in doc where decoding failed) and the line
    and column of that index, lineno and colno, both counted from 1.
    """

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {line} column {col} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

scanstring = _json.scanstring
c_scanstring = _json.scanstring
py_scanstring = _json.scanstring


class JSONDecoder(object):
    """Decoder of JSON documents into Python objects.

    Objects become dicts, arrays lists, strings str, numbers int or float,
    true/false/null True/False/None; the non-standard NaN, Infinity and
    -Infinity become the float values of those names.

    object_hook(dict) and object_pairs_hook(list of (key, value) pairs) replace
    each decoded object by what they return (object_pairs_hook wins when both
    are given); parse_float, parse_int and parse_constant receive the text of
    each float, int and constant.  With strict false, control characters are
    allowed inside strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python object for the JSON document s (a str)."""
        if (_w is None and type(self.scan_once) is _json.Scanner
                and type(self).raw_decode is JSONDecoder.raw_decode):
            return _json.decode(self.scan_once, s)
        start = _json.skip_whitespace(s, 0)
        obj, end = self.raw_decode(s, idx=start)
        end = _json.skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at index idx of s.

        Returns (value, end) where end is the index just after the value;
        whatever follows it is left alone.
        """
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError("Expecting value", s, stop.value) from None
