

# ---------------------------------------------------------------- the registry

_search_functions = []
_cache = {}


def _normalize(name):
    # encodings' rule: lower case, each run of characters other than letters, digits and
    # dots becomes one underscore, none at the ends.
    out = []
    gap = False
    for ch in name.lower():
        if ch.isalnum() or ch == '.':
            if gap and out:
                out.append('_')
            out.append(ch)
            gap = False
        else:
            gap = True
    return ''.join(out)


def register(search_function):
    """Register a function that maps a normalized encoding name to a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function registered with register(), and forget cached lookups."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    """The CodecInfo of encoding; LookupError if no codec has that name."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    info = _builtin_search(key)
    if info is None:
        for search in _search_functions:
            info = search(key)
            if info is not None:
                break
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    if not isinstance(info, CodecInfo):
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        info = CodecInfo(*info)
    _cache[key] = info
    return info


# Exceptions with no state beyond their message, the ones CPython re-raises with the codec
# named (_PyErr_TrySetFromCause).
_plain_errors = (TypeError, ValueError, UnicodeError, LookupError, AttributeError, IndexError, KeyError,
                 RuntimeError, NotImplementedError, ZeroDivisionError, OverflowError)


def _wrap_failure(exc, action, encoding):
    # CPython's note of which codec failed, kept in a new exception of the same type.
    if type(exc) in _plain_errors or type(exc).__module__ in ('binascii', 'zlib'):
        wrapped = type(exc)("%s with %r codec failed (%s: %s)"
                            % (action, encoding, type(exc).__name__, exc))
        wrapped.__cause__ = exc
        return wrapped
    return exc


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec registered for encoding."""
    encoder = lookup(encoding).encode
    try:
        result = encoder(obj, errors)
    except Exception as exc:
        raise _wrap_failure(exc, "encoding", encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec registered for encoding."""
    decoder = lookup(encoding).decode
    try:
        result = decoder(obj, errors)
    except Exception as exc:
        raise _wrap_failure(exc, "decoding", encoding)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings of iterator incrementally, yielding bytes."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = encoder.encode(piece)
        if len(out):
            yield out
    out = encoder.encode("", True)
    if len(out):
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes of iterator incrementally, yielding strings."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = decoder.decode(piece)
        if out:
            yield out
    out = decoder.decode(b"", True)
    if out:
        yield out


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    out = {}
    for k, v in decoding_map.items():
        out[v] = None if v in out else k
    return out


# ---------------------------------------------------------------- error handlers

def register_error(name, handler):
    """Register handler(exception) -> (replacement, resume position) under name."""
    if not callable(handler):
        raise TypeError("handler must be callable")
    _codecs.register_error(name, handler)


def _cannot(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return '', exc.end
    raise _cannot(exc)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return '?' * (exc.end - exc.start), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return '\ufffd', exc.end
    if isinstance(exc, UnicodeTranslateError):
        return '\ufffd' * (exc.end - exc.start), exc.end
    raise _cannot(exc)


def _escape(code):
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ''.join(_escape(b) for b in exc.object[exc.start:exc.end]), exc.end
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ''.join(_escape(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end
    raise _cannot(exc)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    raise _cannot(exc)


def namereplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        parts = []
        for c in exc.object[exc.start:exc.end]:
            name = _codecs._charname(c)
            parts.append('\\N{%s}' % name if name is not None else _escape(ord(c)))
        return ''.join(parts), exc.end
    raise _cannot(exc)


def _surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        out = []
        for b in exc.object[exc.start:exc.end][:4]:
            if b < 128:
                break
            out.append(chr(0xdc00 + b))
        if out:
            return ''.join(out), exc.start + len(out)
    elif isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xdc80 <= ord(c) <= 0xdcff:
                raise exc
            out.append(ord(c) - 0xdc00)
        return bytes(out), exc.end
    else:
        raise _cannot(exc)
    raise exc


def _surrogatepass_errors(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise _cannot(exc)
    try:
        if isinstance(exc, UnicodeDecodeError):
            text, _ = decode_with(exc, 'surrogatepass')
            return text, exc.end
        return exc.object[exc.start:exc.end].encode(exc.encoding, 'surrogatepass'), exc.end
    except (LookupError, UnicodeError):
        raise exc


def decode_with(exc, errors):
    return lookup(exc.encoding).decode(exc.object[exc.start:exc.end], errors)


for _name, _handler in (('strict', strict_errors), ('ignore', ignore_errors),
                        ('replace', replace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors),
                        ('backslashreplace', backslashreplace_errors),
                        ('namereplace', namereplace_errors),
                        ('surrogateescape', _surrogateescape_errors),
                        ('surrogatepass', _surrogatepass_errors)):
    _codecs.register_error(_name, _handler)
del _name, _handler
