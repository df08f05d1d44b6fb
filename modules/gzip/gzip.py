"""Read and write gzip files (RFC 1952): gopy's gzip module over zlib.

GzipFile reads and writes a compressed stream through a file object, as a binary file;
open() also gives text files; compress() and decompress() work on bytes in one call."""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024
_CHUNK = 8192

try:
    _Base = io.BufferedIOBase
except AttributeError:  # gopy's io without the class hierarchy
    _Base = object


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file, or wrap a file object, in binary mode ('rb', 'wb', 'ab', 'xb' and
    their one-letter forms) or text mode ('rt', 'wt', 'at', 'xt')."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    raw_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        f = GzipFile(filename, raw_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        f = GzipFile(None, raw_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" not in mode:
        return f
    if hasattr(io, 'TextIOWrapper'):
        if hasattr(io, 'text_encoding'):
            encoding = io.text_encoding(encoding)
        return io.TextIOWrapper(f, encoding, errors, newline)
    return _TextFile(f, encoding or 'utf-8', errors or 'strict', newline)


class _TextFile:
    """A text view of a GzipFile, for gopy's io without TextIOWrapper: decodes lines read,
    encodes strings written; universal newlines when newline is None."""

    def __init__(self, raw, encoding, errors, newline):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors
        self._newline = newline

    def _decode(self, b):
        text = b.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def read(self, size=-1):
        return self._decode(self.buffer.read(size))

    def readline(self, size=-1):
        return self._decode(self.buffer.readline(size))

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if len(line) == 0:
            raise StopIteration
        return line

    def write(self, text):
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    @property
    def closed(self):
        return self.buffer.closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def write32u(output, value):
    output.write(struct.pack("<L", value))


def _eof_error():
    return EOFError("Compressed file ended before the end-of-stream marker was reached")


class _Input:
    """The compressed input: a file object with a pushback buffer in front."""

    def __init__(self, f):
        self.f = f
        self.pending = b''

    def read(self, n):
        if self.pending:
            data, self.pending = self.pending[:n], self.pending[n:]
            if len(data) < n:
                data += self.f.read(n - len(data))
            return data
        return self.f.read(n)

    def exact(self, n):
        data = self.read(n)
        while len(data) < n:
            more = self.read(n - len(data))
            if len(more) == 0:
                raise _eof_error()
            data += more
        return data

    def unread(self, data):
        self.pending = data + self.pending


def _skip_string(src):
    while True:
        c = src.read(1)
        if len(c) == 0 or c == b'\0':
            return


def _read_member_header(src):
    """Read a member header; its mtime, or None at the end of the input."""
    magic = src.read(2)
    if len(magic) == 0:
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flags, mtime = struct.unpack("<BBIxx", src.exact(8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        size, = struct.unpack("<H", src.exact(2))
        src.exact(size)
    if flags & FNAME:
        _skip_string(src)
    if flags & FCOMMENT:
        _skip_string(src)
    if flags & FHCRC:
        src.exact(2)
    return mtime


class _MemberReader:
    """Decompresses the members of a gzip stream one after another."""

    def __init__(self, fileobj):
        self.src = _Input(fileobj)
        self.last_mtime = None
        self.decomp = None
        self.done = False
        self.pos = 0

    def _start_member(self):
        mtime = _read_member_header(self.src)
        if mtime is None:
            self.done = True
            return False
        self.last_mtime = mtime
        self.decomp = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        self.crc = zlib.crc32(b"")
        self.size = 0
        return True

    def _end_member(self):
        crc, isize = struct.unpack("<II", self.src.exact(8))
        if crc != self.crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self.crc)))
        if isize != self.size & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        # Members may be followed by zero bytes (padding).
        while True:
            c = self.src.read(1)
            if c != b'\0':
                if len(c):
                    self.src.unread(c)
                break
        self.decomp = None

    def read(self, size):
        """Up to size decompressed bytes (size > 0); b'' at the end."""
        while not self.done:
            if self.decomp is None and not self._start_member():
                break
            chunk = self.src.read(_CHUNK)
            out = self.decomp.decompress(chunk, size)
            if len(self.decomp.unconsumed_tail):
                self.src.unread(self.decomp.unconsumed_tail)
            elif len(self.decomp.unused_data):
                self.src.unread(self.decomp.unused_data)
            if len(out):
                self.crc = zlib.crc32(out, self.crc)
                self.size += len(out)
            if self.decomp.eof:
                self._end_member()
            if len(out):
                self.pos += len(out)
                return out
            if len(chunk) == 0 and self.decomp is not None:
                raise _eof_error()
        return b''


class GzipFile(_Base):
    """A binary file whose contents are compressed in the gzip format on fileobj (or on
    the file filename names), for reading or for writing."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
            self._buf = b''
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self.name = filename
            self.crc = zlib.crc32(b"")
            self.size = 0
            self.offset = 0
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """The modification time of the last member header read, or None."""
        return self._reader.last_mtime

    def __repr__(self):
        return '<gzip ' + repr(self.fileobj)[1:-1] + ' ' + hex(id(self)) + '>'

    def _write_gzip_header(self, compresslevel):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        if compresslevel == _COMPRESS_LEVEL_BEST:
            xfl = 2
        elif compresslevel == _COMPRESS_LEVEL_FAST:
            xfl = 4
        else:
            xfl = 0
        flags = FNAME if len(fname) else 0
        header = struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, flags, int(mtime), xfl, 255)
        if flags:
            header += fname + b'\0'
        self.fileobj.write(header)

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _check_mode(self, want, what):
        if self.mode != want:
            import errno
            kind = "read-only" if want == WRITE else "write-only"
            raise OSError(errno.EBADF, "%s() on %s GzipFile object" % (what, kind))

    def write(self, data):
        self._check_not_closed()
        self._check_mode(WRITE, "write")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self.compress.compress(data))
            self.size += length
            self.crc = zlib.crc32(data, self.crc)
            self.offset += length
        return length

    def _fill(self, n):
        """Buffer at least n bytes (n < 0: everything), fewer at the end."""
        parts = [self._buf]
        have = len(self._buf)
        while n < 0 or have < n:
            chunk = self._reader.read(READ_BUFFER_SIZE if n < 0 else max(n - have, _CHUNK))
            if len(chunk) == 0:
                break
            parts.append(chunk)
            have += len(chunk)
        self._buf = b''.join(parts)

    def read(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, "read")
        if size is None or size < 0:
            self._fill(-1)
            data, self._buf = self._buf, b''
            return data
        self._fill(size)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        self._check_not_closed()
        self._check_mode(READ, "read1")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE if hasattr(io, 'DEFAULT_BUFFER_SIZE') else 8192
        if len(self._buf) == 0:
            self._buf = self._reader.read(size) if size else b''
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def peek(self, n):
        self._check_not_closed()
        self._check_mode(READ, "peek")
        if len(self._buf) == 0:
            self._fill(max(n, 1))
        return self._buf

    def readline(self, size=-1):
        self._check_not_closed()
        line = []
        got = 0
        while size is None or size < 0 or got < size:
            if len(self._buf) == 0:
                self._fill(1)
                if len(self._buf) == 0:
                    break
            i = self._buf.find(b'\n')
            end = len(self._buf) if i < 0 else i + 1
            if size is not None and size >= 0:
                end = min(end, size - got)
            line.append(self._buf[:end])
            got += end
            self._buf = self._buf[end:]
            if i >= 0 and end == i + 1:
                break
        return b''.join(line)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if len(line) == 0:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check_not_closed()
        return self

    def __next__(self):
        line = self.readline()
        if len(line) == 0:
            raise StopIteration
        return line

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            mine = self.myfileobj
            if mine:
                self.myfileobj = None
                mine.close()

    def __enter__(self):
        self._check_not_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        return self.fileobj.fileno()

    def rewind(self):
        """Go back to the start of the uncompressed data (reading)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self.fileobj.seek(0)
        self._reader = _MemberReader(self.fileobj)
        self._buf = b''

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._reader.pos - len(self._buf)

    def seek(self, offset, whence=0):
        if self.mode == WRITE:
            if whence != 0:
                if whence == 1:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            gap = offset - self.offset
            for i in range(gap // 1024):
                self.write(bytes(1024))
            self.write(bytes(gap % 1024))
            return self.offset
        self._check_not_closed()
        here = self.tell()
        if whence == 1:
            offset = here + offset
        elif whence == 2:
            self._fill(-1)
            offset = self._reader.pos + offset
        elif whence != 0:
            raise ValueError("Invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if offset < here:
            self.rewind()
            here = 0
        while here < offset:
            step = self.read(min(offset - here, READ_BUFFER_SIZE))
            if len(step) == 0:
                break
            here += len(step)
        return here


def _simple_header(compresslevel, mtime):
    if mtime is None:
        mtime = time.time()
    xfl = {_COMPRESS_LEVEL_BEST: 2, _COMPRESS_LEVEL_FAST: 4}.get(compresslevel, 0)
    return struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime), xfl, 255)


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data into one gzip member (mtime defaults to now)."""
    if mtime == 0:
        return zlib.compress(data, level=compresslevel, wbits=31)
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return _simple_header(compresslevel, mtime) + zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def decompress(data):
    """Decompress all the gzip members of data."""
    members = []
    while True:
        src = _Input(io.BytesIO(data))
        if _read_member_header(src) is None:
            return b"".join(members)
        rest = src.read(len(data))
        d = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        out = d.decompress(rest)
        if not d.eof or len(d.unused_data) < 8:
            raise _eof_error()
        crc, length = struct.unpack("<II", d.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != len(out) & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        data = d.unused_data[8:].lstrip(b"\x00")
