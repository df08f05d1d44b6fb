"""Compression in the LZMA algorithm's .xz and legacy .lzma formats:
compress()/decompress() of whole data, LZMACompressor/LZMADecompressor,
LZMAFile and open() for files."""

__all__ = [
    "CHECK_NONE", "CHECK_CRC32", "CHECK_CRC64", "CHECK_SHA256",
    "CHECK_ID_MAX", "CHECK_UNKNOWN",
    "FILTER_LZMA1", "FILTER_LZMA2", "FILTER_DELTA", "FILTER_X86", "FILTER_IA64",
    "FILTER_ARM", "FILTER_ARMTHUMB", "FILTER_POWERPC", "FILTER_SPARC",
    "FORMAT_AUTO", "FORMAT_XZ", "FORMAT_ALONE", "FORMAT_RAW",
    "MF_HC3", "MF_HC4", "MF_BT2", "MF_BT3", "MF_BT4",
    "MODE_FAST", "MODE_NORMAL", "PRESET_DEFAULT", "PRESET_EXTREME",
    "LZMACompressor", "LZMADecompressor", "LZMAFile", "LZMAError",
    "open", "compress", "decompress", "is_check_supported",
]

import builtins
import io
import os

import _lzma

CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256 = 0, 1, 4, 10
CHECK_ID_MAX, CHECK_UNKNOWN = 15, 16
FILTER_LZMA1, FILTER_LZMA2, FILTER_DELTA = 0x4000000000000001, 0x21, 3
FILTER_X86, FILTER_POWERPC, FILTER_IA64 = 4, 5, 6
FILTER_ARM, FILTER_ARMTHUMB, FILTER_SPARC = 7, 8, 9
FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW = 0, 1, 2, 3
MF_HC3, MF_HC4, MF_BT2, MF_BT3, MF_BT4 = 3, 4, 18, 19, 20
MODE_FAST, MODE_NORMAL = 1, 2
PRESET_DEFAULT, PRESET_EXTREME = 6, 0x80000000

_MODE_CLOSED, _MODE_READ, _MODE_WRITE = 0, 1, 3


class LZMAError(Exception):
    """Call to liblzma failed."""


def is_check_supported(check_id):
    """Whether the integrity check check_id can be made and verified."""
    return check_id in (CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256)


def _raw_unsupported(filters):
    if filters is None:
        raise ValueError("Must specify filters for FORMAT_RAW")
    raise LZMAError("gopy's lzma has no raw streams (FORMAT_RAW)")


class LZMACompressor:
    """LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)

    Compresses data given in pieces into one stream; compress() may keep
    what it is given until flush() ends the stream."""

    def __init__(self, format=FORMAT_XZ, check=-1, preset=None, filters=None):
        if format not in (FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError("Invalid container format: %d" % format)
        if format != FORMAT_XZ and check not in (-1, CHECK_NONE):
            raise ValueError("Integrity checks are only supported by FORMAT_XZ")
        if preset is not None and filters is not None:
            raise ValueError("Cannot specify both preset and filter chain")
        if format == FORMAT_RAW:
            _raw_unsupported(filters)
        if filters is not None:
            preset = _preset_of(filters)
        preset = PRESET_DEFAULT if preset is None else preset
        if not 0 <= (preset & ~PRESET_EXTREME) <= 9:
            raise LZMAError("Invalid compression preset: %d" % preset)
        if check == -1:
            check = CHECK_CRC64 if format == FORMAT_XZ else CHECK_NONE
        if not is_check_supported(check):
            raise LZMAError("Invalid or unsupported integrity check")
        self._settings = (format, check, preset & ~PRESET_EXTREME)
        self._parts = []
        self._flushed = False

    def compress(self, data, /):
        if self._flushed:
            raise ValueError("Compressor has been flushed")
        self._parts.append(bytes(memoryview(data)) if not isinstance(data, bytes) else data)
        return b''

    def flush(self):
        if self._flushed:
            raise ValueError("Repeated call to flush()")
        self._flushed = True
        data, self._parts = b''.join(self._parts), []
        return _lzma.compress(data, *self._settings)


def _preset_of(filters):
    # The LZMA filter's preset (or dictionary size) is all gopy's encoder takes.
    for spec in filters:
        if spec.get('id') in (FILTER_LZMA1, FILTER_LZMA2):
            return spec.get('preset', PRESET_DEFAULT)
    raise LZMAError("gopy's lzma supports only the LZMA1 and LZMA2 filters")


class LZMADecompressor:
    """LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)

    Decompresses one stream given in pieces: eof, unused_data (what follows
    the stream), needs_input and check tell where it stands. The stream's
    data comes once its last byte has been given."""

    def __init__(self, format=FORMAT_AUTO, memlimit=None, filters=None):
        if format not in (FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW):
            raise ValueError("Invalid container format: %d" % format)
        if memlimit is not None and format == FORMAT_RAW:
            raise ValueError("Cannot specify memory limit with FORMAT_RAW")
        if format == FORMAT_RAW:
            _raw_unsupported(filters)
        if filters is not None:
            raise ValueError("Cannot specify filters except with FORMAT_RAW")
        self._format = format
        self._input = b''
        self._output = None     # the stream's bytes not yet returned
        self._done = False
        self.check = CHECK_UNKNOWN
        self.unused_data = b''
        self.needs_input = True

    @property
    def eof(self):
        return self._done and not self._output

    def decompress(self, data, max_length=-1):
        if self.eof:
            raise EOFError("Already at end of stream")
        if not self._done:
            self._input += bytes(data)
            result = _lzma.decode(self._input, self._format)
            if isinstance(result, str):
                raise LZMAError(result)
            if result is None:
                self.needs_input = True
                return b''
            self._output, used, fmt = result
            self.check = self._input[7] & 0x0f if fmt == FORMAT_XZ else CHECK_NONE
            self.unused_data = self._input[used:]
            self._input = b''
            self._done = True
        elif data:
            self.unused_data += bytes(data)
        if max_length is None or max_length < 0:
            max_length = len(self._output)
        out, self._output = self._output[:max_length], self._output[max_length:]
        self.needs_input = False
        return out


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """Compress data into one stream of format."""
    c = LZMACompressor(format, check, preset, filters)
    return c.compress(data) + c.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """Decompress data, one stream after another."""
    out = []
    while True:
        d = LZMADecompressor(format, memlimit, filters)
        try:
            part = d.decompress(data)
        except LZMAError:
            if out:
                break       # what follows the streams is not one: ignored
            raise
        out.append(part)
        if not d.eof:
            raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
        data = d.unused_data
        if not data:
            break
    return b''.join(out)


class LZMAFile(io.BufferedIOBase):
    """LZMAFile(filename=None, mode='r', *, format=None, check=-1,
    preset=None, filters=None)

    A file object over the compressed file filename (a path or a file
    object): reading decompresses it ('r'), writing compresses into it
    ('w', 'x', 'a': a new stream), at close."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1,
                 preset=None, filters=None):
        self._fp = None
        self._owns = False
        self._mode = _MODE_CLOSED
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression level when opening a file for reading")
            mode_code = _MODE_READ
            self._settings = (FORMAT_AUTO if format is None else format, filters)
        elif mode in ("w", "wb", "a", "ab", "x", "xb"):
            mode_code = _MODE_WRITE
            self._compressor = LZMACompressor(FORMAT_XZ if format is None else format,
                                              check, preset, filters)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        if isinstance(filename, (str, bytes, os.PathLike)):
            self._fp = builtins.open(filename, mode if 'b' in mode else mode + 'b')
            self._owns = True
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self._fp = filename
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._mode = mode_code
        self._buffer = None
        self._pos = 0

    def _data(self):
        if self._buffer is None:
            fmt, filters = self._settings
            try:
                self._buffer = decompress(self._fp.read(), fmt, None, filters)
            except LZMAError as e:
                if str(e).startswith("Compressed data ended"):
                    raise EOFError("Compressed file ended before the end-of-stream marker was reached") from None
                raise
        return self._buffer

    def _check(self, mode):
        if self._mode == _MODE_CLOSED:
            raise ValueError("I/O operation on closed file")
        if mode != self._mode:
            raise io.UnsupportedOperation("File not open for " +
                                          ("reading" if mode == _MODE_READ else "writing"))

    def close(self):
        if self._mode == _MODE_CLOSED:
            return
        try:
            if self._mode == _MODE_WRITE:
                self._fp.write(self._compressor.flush())
                self._compressor = None
        finally:
            try:
                if self._owns:
                    self._fp.close()
            finally:
                self._fp = None
                self._owns = False
                self._mode = _MODE_CLOSED
                self._buffer = None

    @property
    def closed(self):
        return self._mode == _MODE_CLOSED

    def fileno(self):
        self._check_open()
        return self._fp.fileno()

    def _check_open(self):
        if self._mode == _MODE_CLOSED:
            raise ValueError("I/O operation on closed file")

    def seekable(self):
        return self.readable() and self._fp.seekable()

    def readable(self):
        self._check_open()
        return self._mode == _MODE_READ

    def writable(self):
        self._check_open()
        return self._mode == _MODE_WRITE

    def peek(self, size=-1):
        self._check(_MODE_READ)
        return self._data()[self._pos:]

    def read(self, size=-1):
        self._check(_MODE_READ)
        data = self._data()
        end = len(data) if size is None or size < 0 else self._pos + size
        out = data[self._pos:end]
        self._pos += len(out)
        return out

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check(_MODE_READ)
        data = self._data()
        end = data.find(b'\n', self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        self._check(_MODE_READ)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(_MODE_WRITE)
        data = bytes(memoryview(data)) if not isinstance(data, bytes) else data
        self._fp.write(self._compressor.compress(data))
        self._pos += len(data)
        return len(data)

    def seek(self, offset, whence=io.SEEK_SET):
        self._check(_MODE_READ)
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: len(self._data())}.get(whence)
        if base is None:
            raise ValueError("Invalid value for whence: {}".format(whence))
        self._pos = max(0, min(base + offset, len(self._data())))
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """Open an .xz or .lzma file as LZMAFile ('rb', 'wb', 'xb', 'ab') or,
    with 't' in mode, as text over one."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    binary = LZMAFile(filename, mode.replace("t", ""), format=format, check=check,
                      preset=preset, filters=filters)
    if "t" in mode:
        return io.TextIOWrapper(binary, io.text_encoding(encoding), errors, newline)
    return binary
