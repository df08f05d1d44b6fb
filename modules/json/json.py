r"""JSON (JavaScript Object Notation) <https://json.org> encoder and decoder.

dumps() and dump() turn Python data into JSON text, loads() and load() turn
JSON text back into Python data:

    >>> import json
    >>> json.dumps({"a": [1, 2.5, None, True]})
    '{"a": [1, 2.5, null, true]}'
    >>> json.loads('{"a": [1, 2.5, null, true]}')
    {'a': [1, 2.5, None, True]}

JSONEncoder and JSONDecoder (json.encoder, json.decoder) can be subclassed
and handed to these functions with cls=.  gopy encodes and decodes in Go.
"""
__path__ = []  # a package: its submodules are built in
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

import _json
from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan,
             indent, separators, default, sort_keys):
    if (cls is None and not kw and not skipkeys and ensure_ascii
            and check_circular and allow_nan and indent is None
            and separators is None and default is None and not sort_keys):
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON to fp, a file-like object with a write() method.

    The keywords are those of dumps(); the text is written in pieces.
    """
    enc = _encoder(cls, kw, skipkeys, ensure_ascii, check_circular,
                   allow_nan, indent, separators, default, sort_keys)
    for piece in enc.iterencode(obj):
        fp.write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as a JSON str.

    skipkeys: drop dict keys that are not str, int, float, bool or None
    (else TypeError).  ensure_ascii: escape non-ASCII characters.
    check_circular: detect containers that contain themselves.  allow_nan:
    write NaN and the infinities (else ValueError).  indent: pretty-print
    with that many spaces (or that str) per level.  separators: the
    (item_separator, key_separator) pair.  default: a function returning an
    encodable replacement for other objects.  sort_keys: sort objects by
    key.  cls: a JSONEncoder subclass to use, given the other keywords.
    """
    enc = _encoder(cls, kw, skipkeys, ensure_ascii, check_circular,
                   allow_nan, indent, separators, default, sort_keys)
    return enc.encode(obj)


def detect_encoding(b):
    """Name the encoding of the JSON document b (bytes): UTF-8, -16 or -32,
    from a byte order mark or from where the first characters' zero bytes
    are."""
    if b[:4] in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if b[:2] in (b'\xfe\xff', b'\xff\xfe'):
        return 'utf-16'
    if b[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    n = len(b)
    if n >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif n == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read a JSON document from fp (with a read() method) and return it as
    Python data; the keywords are those of loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python data of the JSON document s (str, bytes or
    bytearray).

    object_hook(dict) / object_pairs_hook(pairs) replace every decoded
    object; parse_float, parse_int, parse_constant are called with the text
    of floats, ints and NaN/Infinity/-Infinity.  cls: a JSONDecoder subclass
    to use, given the other keywords.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = _json.decode_bytes(s, detect_encoding(s))
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    hooks = [('object_hook', object_hook),
             ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant)]
    for name, hook in hooks:
        if hook is not None:
            kw[name] = hook
    return cls(**kw).decode(s)
