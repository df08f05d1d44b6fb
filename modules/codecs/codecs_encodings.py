

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
                raise UnicodeError("%s stream does not start with BOM" % name.upper().replace('-', ''))
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
}
_made = {}


def _builtin_search(normalized):
    key = _aliases.get(normalized, normalized)
    factory = _factories.get(key)
    if factory is None:
        return None
    info = _made.get(key)
    if info is None:
        info = _made[key] = factory()
    return info
