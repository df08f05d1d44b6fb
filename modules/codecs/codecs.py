"""Codec registry, base classes and the standard text encodings.

lookup() finds a CodecInfo by encoding name (UTF-8, UTF-8 with signature, UTF-16, UTF-32
in both byte orders, Latin-1, ASCII, and what register() adds); encode() and decode() use
it. The incremental and stream classes build on the stateless functions of _codecs.

(gopy's implementation, written after the documentation of CPython 3.11's codecs.)"""

import builtins as _builtins
import _codecs
from _codecs import (lookup_error, unicode_escape_encode, unicode_escape_decode,
                     raw_unicode_escape_encode, raw_unicode_escape_decode,
                     utf_8_encode, utf_8_decode, latin_1_encode,
                     latin_1_decode, ascii_encode, ascii_decode, utf_16_encode,
                     utf_16_decode, utf_16_ex_decode, utf_16_le_encode, utf_16_le_decode,
                     utf_16_be_encode, utf_16_be_decode, utf_32_encode, utf_32_decode,
                     utf_32_ex_decode, utf_32_le_encode, utf_32_le_decode,
                     utf_32_be_encode, utf_32_be_decode)

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE",
           "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "getreader", "getwriter", "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors", "register_error",
           "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# gopy runs on little-endian machines only.
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """The functions and classes of one codec; a 4-tuple (encode, decode, reader, writer)."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Stateless encoding and decoding: encode(input, errors) and decode(input, errors)
    return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; errors names the error handler."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps input it could not encode yet in self.buffer."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input given in pieces; errors names the error handler."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes of an incomplete character in
    self.buffer until the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        text, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return text

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes text to a byte stream through the codec's encode()."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReader(Codec):
    """Reads text from a byte stream through the codec's decode()."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def _fill(self, size):
        # Decode more of the stream into charbuffer; False at its end.
        data = self.stream.read() if size < 0 else self.stream.read(size)
        pending = self.bytebuffer + data
        if not len(pending):
            return False
        try:
            text, used = self.decode(pending, self.errors)
        except UnicodeDecodeError as exc:
            if len(data):
                # Perhaps a character cut by the read: keep its start for the next one.
                text, used = self.decode(pending[:exc.start], self.errors)
            else:
                raise
        self.bytebuffer = pending[used:]
        self.charbuffer += text
        return len(data) > 0

    def read(self, size=-1, chars=-1, firstline=False):
        if chars >= 0:
            while len(self.charbuffer) < chars and self._fill(max(size, 64)):
                pass
            out, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
            return out
        while self._fill(size):
            if size >= 0:
                break
        out, self.charbuffer = self.charbuffer, ""
        return out

    def readline(self, size=None, keepends=True):
        while True:
            lines = self.charbuffer.splitlines(True)
            if len(lines) > 1 or (lines and lines[0].endswith(('\n', '\r')) and
                                  not lines[0].endswith('\r')):
                break
            if not self._fill(72):
                break
        lines = self.charbuffer.splitlines(True)
        if not lines:
            return ""
        line = lines[0]
        self.charbuffer = self.charbuffer[len(line):]
        return line if keepends else line.splitlines(False)[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamReaderWriter:
    """A stream that reads through one codec reader and writes through a writer."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamRecoder:
    """Reads and writes data in one encoding while its stream holds another."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data, _ = self.encode(self.reader.read(size), self.errors)
        return data

    def write(self, data):
        text, _ = self.decode(data, self.errors)
        return self.writer.write(text)

    def __getattr__(self, name):
        return getattr(self.stream, name)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open filename in binary mode and read and write text through encoding's codec."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        wrapped.encoding = encoding
        return wrapped
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder over file: data_encoding outside, file_encoding in the file."""
    if file_encoding is None:
        file_encoding = data_encoding
    outer = lookup(data_encoding)
    inner = lookup(file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode, inner.streamreader,
                            inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder
