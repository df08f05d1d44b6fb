# _io's in-memory streams for gopy: StringIO and BytesIO, written in Python over the Go
# base classes of this module (_TextIOBase, _BufferedIOBase). The file layers (FileIO,
# the buffered classes, TextIOWrapper) are Go, in the same module.


class _Memory:
    """The buffer and position shared by StringIO and BytesIO."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def close(self):
        """Close the IO object."""
        self._closed = True

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _init_buffer(self, empty, initial):
        self._buf = empty
        self._pos = 0
        if initial:
            self.write(initial)
            self._pos = 0

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def tell(self):
        """Tell the current file position."""
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._check_closed()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            if pos != 0 and self._text:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        """Truncate size to pos."""
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        self._buf = self._buf[:size]
        return size

    def _read(self, size):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        start = min(self._pos, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def _readline(self, size, newline):
        self._check_closed()
        start = min(self._pos, len(self._buf))
        i = self._buf.find(newline, start)
        end = len(self._buf) if i < 0 else i + len(newline)
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end if end > self._pos else self._pos
        return self._buf[start:end]

    def _write(self, data, pad):
        self._check_closed()
        n = len(data)
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + pad(self._pos - len(buf))
        self._buf = buf[:self._pos] + data + buf[self._pos + n:]
        self._pos += n
        return n


def _nul_str(n):
    return '\0' * n


class StringIO(_Memory, _TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _closed_message = "I/O operation on closed file"

    def flush(self):
        pass

    _text = True

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._init_buffer('', initial_value)

    def _translate(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def write(self, s):
        """Write string to file. Returns the number of characters written."""
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._write(self._translate(s), _nul_str)
        return len(s)

    def read(self, size=-1):
        """Read at most size characters, returned as a string."""
        return self._read(size)

    def readline(self, size=-1):
        """Read until newline or EOF."""
        return self._readline(size, '\r' if self._newline == '\r' else '\n')

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check_closed()
        return self._buf

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)


class BytesIO(_Memory, _BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _closed_message = "I/O operation on closed file."

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def __iter__(self):
        return self

    _text = False

    def __init__(self, initial_bytes=b''):
        self._init_buffer(bytearray(), None)
        if initial_bytes:
            self._buf = bytearray(initial_bytes)

    def write(self, b):
        """Write bytes to file.  Return the number of bytes written."""
        if isinstance(b, str) or not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return self._write(bytearray(b), bytearray)

    def read(self, size=-1):
        """Read at most size bytes, returned as a bytes object."""
        return bytes(self._read(size))

    read1 = read

    def readline(self, size=-1):
        """Next line from the file, as a bytes object."""
        return bytes(self._readline(size, b'\n'))

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        self._check_closed()
        return bytes(self._buf)

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
