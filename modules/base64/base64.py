"""Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings.

gopy's base64 module: the conversions run in binascii and _base64 (Go); this module
checks and converts arguments as CPython's does."""

import binascii
import _base64

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)  # the binary types taken as they are

MAXLINESIZE = 76  # excluding the line end
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_input(s):
    """A decoder's argument as bytes: a bytes-like object, or a str of ASCII characters."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _encode_input(b):
    if isinstance(b, bytes_types):
        return b
    return memoryview(b).tobytes()


def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64; altchars (2 bytes) replace '+' and '/'."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return out
    assert len(altchars) == 2, repr(altchars)
    return out.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data (bytes-like or ASCII str); altchars replace '+' and '/'.

    Without validate, characters outside the alphabet are dropped before the padding is
    checked; with it they raise binascii.Error."""
    data = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        data = data.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    """Encode s with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode s, encoded with the standard Base64 alphabet."""
    return b64decode(s)


_to_urlsafe = bytes.maketrans(b'+/', b'-_')
_from_urlsafe = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode s with the URL- and filesystem-safe alphabet ('-' and '_' for '+' and '/')."""
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    """Decode s, encoded with the URL- and filesystem-safe alphabet."""
    return b64decode(_decode_input(s).translate(_from_urlsafe))


def b32encode(s):
    """Encode the bytes-like object s with base32."""
    return _base64.b32encode(_encode_input(s), False)


def b32decode(s, casefold=False, map01=None):
    """Decode base32 data (bytes-like or ASCII str).

    casefold accepts a lowercase alphabet; map01, when not None, is the letter ('I' or
    'L') the digit 1 stands for (0 then stands for O)."""
    data = _decode_input(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        data = data.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        data = data.upper()
    return _base64.b32decode(data, False)


def b32hexencode(s):
    """Encode the bytes-like object s with base32hex (RFC 4648's extended hex alphabet)."""
    return _base64.b32encode(_encode_input(s), True)


def b32hexdecode(s, casefold=False):
    """Decode base32hex data (bytes-like or ASCII str); casefold accepts lowercase."""
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if casefold:
        s = s.upper()
    return _base64.b32decode(s, True)


def b16encode(s):
    """Encode the bytes-like object s with Base16 (uppercase hexadecimal)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 data (bytes-like or ASCII str); casefold accepts lowercase."""
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b with Ascii85.

    foldspaces writes 'y' for four spaces (btoa); wrapcol splits the output into lines
    of at most that many characters; pad pads the input to a multiple of 4; adobe frames
    the output with <~ and ~>."""
    return _base64.a85encode(_encode_input(b), bool(foldspaces), wrapcol, bool(pad), bool(adobe))


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data (bytes-like or ASCII str), skipping ignorechars."""
    return _base64.a85decode(_decode_input(b), bool(foldspaces), bool(adobe), ignorechars)


def b85encode(b, pad=False):
    """Encode the bytes-like object b with base85 (git's alphabet); pad pads to 4 bytes."""
    return _base64.b85encode(_encode_input(b), bool(pad))


def b85decode(b):
    """Decode base85 data (bytes-like or ASCII str)."""
    return _base64.b85decode(_decode_input(b))


def encode(input, output):
    """Encode the binary file input into output, as lines of Base64."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if len(chunk) == 0:
            return
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if len(more) == 0:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode the Base64 lines of the binary file input into output."""
    while True:
        line = input.readline()
        if len(line) == 0:
            return
        output.write(binascii.a2b_base64(line))


def _check_input(s):
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s" % (m.format, s.__class__.__name__))
    ndim = getattr(m, 'ndim', 1)  # gopy's memoryview is one-dimensional
    if ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" % (ndim, s.__class__.__name__))


def encodebytes(s):
    """Encode a bytes-like object into lines of Base64 (76 characters and a newline)."""
    _check_input(s)
    return b''.join([binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    """Decode lines of Base64 into bytes."""
    _check_input(s)
    return binascii.a2b_base64(s)


_USAGE = """usage: %s [-h|-d|-e|-u|-t] [file|-]
        -h: print this help message and exit
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'"""


def main():
    """Encode (default) or decode a file, or stdin, to stdout: base64 [-h|-d|-e|-u|-t] [file|-]."""
    import sys
    argv = sys.argv[1:]
    action = encode
    rest = []
    while argv:
        arg = argv.pop(0)
        if arg == '--':
            rest.extend(argv)
            break
        if not arg.startswith('-') or arg == '-':
            rest = [arg] + argv
            break
        for flag in arg[1:]:
            if flag not in 'hdeut':
                sys.stdout = sys.stderr
                print('option -%s not recognized' % flag)
                print(_USAGE % sys.argv[0])
                sys.exit(2)
            if flag == 'h':
                print(_USAGE % sys.argv[0])
                return
            if flag == 't':
                test()
                return
            action = decode if flag in 'du' else encode
    if rest and rest[0] != '-':
        with open(rest[0], 'rb') as f:
            action(f, sys.stdout.buffer)
    else:
        action(sys.stdin.buffer, sys.stdout.buffer)


def test():
    original = b"Aladdin:open sesame"
    encoded = encodebytes(original)
    decoded = decodebytes(encoded)
    for value in (original, encoded, decoded):
        print(repr(value))
    assert decoded == original


if __name__ == '__main__':
    main()
