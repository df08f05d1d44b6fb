"""Implementation of JSONEncoder

The encoding is done by _json (Go); this module keeps the Python API:
JSONEncoder, which scripts subclass to override default(), encode() or
iterencode().
"""

import _json

c_encode_basestring_ascii = _json.encode_basestring_ascii
c_encode_basestring = _json.encode_basestring
c_make_encoder = _json.make_encoder

encode_basestring = c_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii
py_encode_basestring = c_encode_basestring
py_encode_basestring_ascii = c_encode_basestring_ascii

INFINITY = float('inf')


class JSONEncoder(object):
    """Encoder of Python data structures into JSON.

    dict becomes an object, list and tuple an array, str a string, int and
    float (and their subclasses, such as IntEnum) numbers, True/False/None
    true/false/null.  Anything else is handed to default(), which a subclass
    overrides to return something encodable (the base raises TypeError).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """Options: skipkeys drops keys that are not str, int, float, bool
        or None instead of raising TypeError; ensure_ascii escapes every
        non-ASCII character; check_circular detects containers that contain
        themselves (ValueError instead of RecursionError); allow_nan writes
        NaN and the infinities (else ValueError); sort_keys sorts objects
        by key; indent (a number of spaces or a str) pretty-prints;
        separators is (item_separator, key_separator), by default
        (', ', ': '), or (',', ': ') with an indent; default(o) replaces
        objects that cannot otherwise be encoded.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable object for o, or raise TypeError.

        Subclasses override it to support more types, calling the base
        class's default for the types they do not know.
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text for o, as a str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        if len(chunks) == 1 and type(chunks[0]) is str:
            return chunks[0]
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text for o in pieces, as they are made."""
        if not _one_shot:
            return _in_chunks(self, o)
        if self.indent is None:
            return _go_encoder(self, None, _WHOLE)(o, 0)
        # CPython's Python encoder, whose pieces encode() joins at once.
        return _go_encoder(self, _indent_str(self), _WHOLE_PY)(o, 0)


# _json.make_encoder's modes: the whole text at once, as CPython's C encoder or
# as its Python encoder (whose errors are worded differently), or in pieces.
_WHOLE, _WHOLE_PY, _PIECES = 0, 1, 2


def _indent_str(enc):
    indent = enc.indent
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return indent


def _go_encoder(enc, indent, mode):
    markers = {} if enc.check_circular else None
    strings = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
    return c_make_encoder(markers, enc.default, strings, indent,
                          enc.key_separator, enc.item_separator, enc.sort_keys,
                          enc.skipkeys, enc.allow_nan, mode)


def _in_chunks(enc, o):
    yield from _go_encoder(enc, _indent_str(enc), _PIECES)(o, 0)
