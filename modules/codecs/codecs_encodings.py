

# ---------------------------------------------------------------- the built-in codecs

def _info(name, encode, decode, encoder, decoder, writer, reader):
    # The CodecInfo, its classes named as those of CPython's encodings package.
    module = 'encodings.' + name.replace('-', '_')
    if name == 'iso8859-1':
        module = 'encodings.latin_1'
    for cls, what in ((encoder, 'IncrementalEncoder'), (decoder, 'IncrementalDecoder'),
                      (writer, 'StreamWriter'), (reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = what
        cls.__module__ = module
    return CodecInfo(encode, decode, reader, writer, encoder, decoder, name)


def _stateless(name, enc, dec, final_arg):
    # The CodecInfo of a codec without state: a BOM-less UTF, Latin-1 or ASCII.
    if final_arg:
        def decode(input, errors='strict'):
            return dec(input, errors, True)
    else:
        def decode(input, errors='strict'):
            return dec(input, errors)

    def encode(input, errors='strict'):
        return enc(input, errors)

    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return enc(input, self.errors)[0]

    if final_arg:
        class _Decoder(BufferedIncrementalDecoder):
            _buffer_decode = staticmethod(dec)
    else:
        class _Decoder(IncrementalDecoder):
            def decode(self, input, final=False):
                return dec(input, self.errors)[0]

    class _Writer(StreamWriter):
        pass

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(decode)
    return _info(name, encode, decode, _Encoder, _Decoder, _Writer, _Reader)


def _with_bom(name, enc_bom, enc_le, enc_be, ex_decode, dec_le, dec_be):
    # UTF-16 or UTF-32: a BOM written first, read to choose the byte order.
    def encode(input, errors='strict'):
        return enc_bom(input, errors)

    def decode(input, errors='strict'):
        text, used, _ = ex_decode(input, errors, 0, True)
        return text, used

    class _Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                out = enc_bom(input, self.errors)[0]
                self.encoder = enc_le
                return out
            return self.encoder(input, self.errors)[0]

        def reset(self):
            IncrementalEncoder.reset(self)
            self.encoder = None

        def getstate(self):
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            self.encoder = None if state else enc_le

    class _Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is not None:
                return self.decoder(input, errors, final)
            text, used, order = ex_decode(input, errors, 0, final)
            if order == -1:
                self.decoder = dec_le
            elif order == 1:
                self.decoder = dec_be
            elif used >= len(enc_bom('', 'strict')[0]):
                raise UnicodeError("%s stream does not start with BOM" % name.upper())
            return text, used

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.decoder = None

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)[0]
            if self.decoder is None:
                return state, 2
            return state, int(self.decoder is dec_be)

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            flag = state[1]
            self.decoder = None if flag == 2 else (dec_be if flag else dec_le)

    class _Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.started = False

        def encode(self, input, errors='strict'):
            if self.started:
                return enc_le(input, errors)
            self.started = True
            return enc_bom(input, errors)

        def reset(self):
            self.started = False

    class _Reader(StreamReader):
        def __init__(self, stream, errors='strict'):
            StreamReader.__init__(self, stream, errors)
            self.order = 0

        def decode(self, input, errors='strict'):
            text, used, order = ex_decode(input, errors, self.order, False)
            if order:
                self.order = order
            return text, used

    return _info(name, encode, decode, _Encoder, _Decoder, _Writer, _Reader)


def _utf_8_sig():
    def encode(input, errors='strict'):
        out, used = utf_8_encode(input, errors)
        return BOM_UTF8 + out, used

    def decode(input, errors='strict'):
        skip = 3 if input[:3] == BOM_UTF8 else 0
        text, used = utf_8_decode(input[skip:], errors, True)
        return text, used + skip

    class _Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            out = utf_8_encode(input, self.errors)[0]
            if self.first:
                self.first = 0
                return BOM_UTF8 + out
            return out

        def reset(self):
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class _Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if not self.first:
                return utf_8_decode(input, errors, final)
            if len(input) < 3 and BOM_UTF8.startswith(input) and not final:
                return '', 0
            self.first = 0
            if input[:3] == BOM_UTF8:
                text, used = utf_8_decode(input[3:], errors, final)
                return text, used + 3
            return utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = 1

        def getstate(self):
            return self.buffer, self.first

        def setstate(self, state):
            self.buffer, self.first = state

    class _Writer(StreamWriter):
        pass

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(decode)
    return _info('utf-8-sig', encode, decode, _Encoder, _Decoder, _Writer, _Reader)


def _plain_info(module, encode, decode):
    # A CodecInfo whose incremental and stream classes call encode and decode on each
    # piece (codecs without state between pieces).
    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class _Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class _Writer(StreamWriter):
        pass

    class _Reader(StreamReader):
        pass

    _Writer.encode = staticmethod(encode)
    _Reader.decode = staticmethod(decode)
    return _info(module, encode, decode, _Encoder, _Decoder, _Writer, _Reader)


def _bytes_to_bytes(name, enc, dec):
    # The CodecInfo of a codec from bytes to bytes (hex, base64, zlib): not a text
    # encoding, so str.encode and bytes.decode refuse it.
    def encode(input, errors='strict'):
        return enc(input), len(input)

    def decode(input, errors='strict'):
        return dec(input), len(input)

    info = _plain_info(name + '_codec', encode, decode)
    info.streamwriter.charbuffertype = info.streamreader.charbuffertype = bytes
    info.name = name
    info._is_text_encoding = False
    return info


def _hex():
    import binascii
    return _bytes_to_bytes('hex', binascii.b2a_hex, binascii.a2b_hex)


def _base64():
    import base64
    return _bytes_to_bytes('base64', base64.encodebytes, base64.decodebytes)


def _zlib():
    import zlib
    return _bytes_to_bytes('zlib', zlib.compress, zlib.decompress)


def _rot13():
    table = {}
    for first in (ord('a'), ord('A')):
        for k in range(26):
            table[first + k] = first + (k + 13) % 26

    def encode(input, errors='strict'):
        return str.translate(input, table), len(input)

    info = _plain_info('rot_13', encode, encode)
    info.name = 'rot-13'
    info._is_text_encoding = False
    return info


def _punycode_encode(text):
    # RFC 3492 with Python's parameters: the basic characters, a hyphen, the deltas
    base, tmin, tmax, skew, damp = 36, 1, 26, 38, 700
    basic = bytearray(ord(c) for c in text if ord(c) < 128)
    out = bytearray(basic)
    if basic:
        out.append(ord('-'))
    n, delta, bias, handled = 128, 0, 72, len(basic)
    codes = [ord(c) for c in text]

    def adapt(delta, count, first):
        delta = delta // damp if first else delta // 2
        delta += delta // count
        k = 0
        while delta > ((base - tmin) * tmax) // 2:
            delta //= base - tmin
            k += base
        return k + (base - tmin + 1) * delta // (delta + skew)

    def digit(d):
        return d + 22 + 75 * (d < 26)

    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = base
                while True:
                    t = tmin if k <= bias else tmax if k >= bias + tmax else k - bias
                    if q < t:
                        break
                    out.append(digit(t + (q - t) % (base - t)))
                    q = (q - t) // (base - t)
                    k += base
                out.append(digit(q))
                bias = adapt(delta, handled + 1, handled == len(basic))
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _punycode_decode(data, errors):
    base, tmin, tmax, skew, damp = 36, 1, 26, 38, 700
    if isinstance(data, str):
        data = data.encode('ascii')
    data = bytes(data)
    pos = data.rfind(b'-')
    if pos < 0:
        out, rest = [], data
    else:
        out = [chr(b) for b in data[:pos]]
        for ch in out:
            if ord(ch) > 127:
                raise UnicodeError("Invalid character U+%x" % ord(ch))
        rest = data[pos + 1:]
    n, i, bias, at = 128, 0, 72, 0

    def adapt(delta, count, first):
        delta = delta // damp if first else delta // 2
        delta += delta // count
        k = 0
        while delta > ((base - tmin) * tmax) // 2:
            delta //= base - tmin
            k += base
        return k + (base - tmin + 1) * delta // (delta + skew)

    while at < len(rest):
        old, w, k = i, 1, base
        while True:
            if at >= len(rest):
                if errors == 'strict':
                    raise UnicodeError("incomplete punicode string")
                return ''.join(out)
            c = rest[at]
            at += 1
            if 0x41 <= c <= 0x5A:
                d = c - 0x41
            elif 0x61 <= c <= 0x7A:
                d = c - 0x61
            elif 0x30 <= c <= 0x39:
                d = c - 22
            else:
                if errors == 'strict':
                    raise UnicodeError("Invalid extended code point '%s'" % chr(c))
                return ''.join(out)
            i += d * w
            t = tmin if k <= bias else tmax if k >= bias + tmax else k - bias
            if d < t:
                break
            w *= base - t
            k += base
        bias = adapt(i - old, len(out) + 1, old == 0)
        n += i // (len(out) + 1)
        i %= len(out) + 1
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord('?')
        out.insert(i, chr(n))
        i += 1
    return ''.join(out)


def _punycode():
    def encode(input, errors='strict'):
        return _punycode_encode(input), len(input)

    def decode(input, errors='strict'):
        if errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError("Unsupported error handling " + errors)
        return _punycode_decode(input, errors), len(input)

    return _plain_info('punycode', encode, decode)


def _charmap(key, name):
    def enc(input, errors='strict'):
        return _codecs._charmap_encode(key, input, errors)

    def dec(input, errors='strict'):
        return _codecs._charmap_decode(key, input, errors)

    info = _stateless(name, enc, dec, False)
    for cls in (info.incrementalencoder, info.incrementaldecoder, info.streamwriter,
                info.streamreader):
        cls.__module__ = 'encodings.' + key
    return info


_factories = {
    'utf_8': lambda: _stateless('utf-8', utf_8_encode, utf_8_decode, True),
    'utf_8_sig': _utf_8_sig,
    'latin_1': lambda: _stateless('iso8859-1', latin_1_encode, latin_1_decode, False),
    'ascii': lambda: _stateless('ascii', ascii_encode, ascii_decode, False),
    'utf_16': lambda: _with_bom('utf-16', utf_16_encode, utf_16_le_encode, utf_16_be_encode,
                                utf_16_ex_decode, utf_16_le_decode, utf_16_be_decode),
    'utf_16_le': lambda: _stateless('utf-16-le', utf_16_le_encode, utf_16_le_decode, True),
    'utf_16_be': lambda: _stateless('utf-16-be', utf_16_be_encode, utf_16_be_decode, True),
    'utf_32': lambda: _with_bom('utf-32', utf_32_encode, utf_32_le_encode, utf_32_be_encode,
                                utf_32_ex_decode, utf_32_le_decode, utf_32_be_decode),
    'utf_32_le': lambda: _stateless('utf-32-le', utf_32_le_encode, utf_32_le_decode, True),
    'utf_32_be': lambda: _stateless('utf-32-be', utf_32_be_encode, utf_32_be_decode, True),
    'unicode_escape': lambda: _stateless('unicode-escape', unicode_escape_encode,
                                         unicode_escape_decode, True),
    'raw_unicode_escape': lambda: _stateless('raw-unicode-escape', raw_unicode_escape_encode,
                                             raw_unicode_escape_decode, True),
    'punycode': _punycode,
    'rot_13': _rot13,
    'hex_codec': _hex,
    'base64_codec': _base64,
    'zlib_codec': _zlib,
}

# encodings.aliases' names for these codecs.
_aliases = {
    'u8': 'utf_8', 'utf': 'utf_8', 'utf8': 'utf_8', 'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8',
    '8859': 'latin_1', 'cp819': 'latin_1', 'csisolatin1': 'latin_1', 'ibm819': 'latin_1',
    'iso8859': 'latin_1', 'iso8859_1': 'latin_1', 'iso_8859_1': 'latin_1',
    'iso_8859_1_1987': 'latin_1', 'iso_ir_100': 'latin_1', 'l1': 'latin_1',
    'latin': 'latin_1', 'latin1': 'latin_1',
    '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii',
    'ansi_x3.4_1986': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii',
    'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii', 'iso_ir_6': 'ascii', 'us': 'ascii',
    'us_ascii': 'ascii',
    'u16': 'utf_16', 'utf16': 'utf_16', 'unicodebigunmarked': 'utf_16_be',
    'utf_16be': 'utf_16_be', 'unicodelittleunmarked': 'utf_16_le', 'utf_16le': 'utf_16_le',
    'u32': 'utf_32', 'utf32': 'utf_32', 'utf_32be': 'utf_32_be', 'utf_32le': 'utf_32_le',
    'unicode_escape': 'unicode_escape', 'raw_unicode_escape': 'raw_unicode_escape',
    'rot13': 'rot_13', 'hex': 'hex_codec', 'base64': 'base64_codec',
    'base_64': 'base64_codec', 'zlib': 'zlib_codec', 'zip': 'zlib_codec',
}
_made = {}


def _builtin_search(normalized):
    key = _aliases.get(normalized, normalized)
    factory = _factories.get(key)
    if factory is None:
        found = _codecs._charmap_lookup(normalized)
        if found is None:
            return None
        key = found[0]
        factory = lambda: _charmap(*found)
    info = _made.get(key)
    if info is None:
        info = _made[key] = factory()
    return info
