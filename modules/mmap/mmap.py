"""Memory-mapped files and anonymous shared memory: mmap.mmap(fileno,
length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT,
offset=0), a mutable sequence of bytes with a file-like position."""

import os as _os
import _mmap
from _mmap import *

error = OSError

ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY = 0, 1, 2, 3
_ACCESS_NAMES = ('ACCESS_DEFAULT', 'ACCESS_READ', 'ACCESS_WRITE', 'ACCESS_COPY')


def _index(value):
    return value.__index__()


def _item(key, size, message):
    # The index key names in a map of size bytes (CPython's messages differ in
    # one letter between reading and assignment).
    if not hasattr(key, '__index__'):
        raise TypeError(message)
    i = _index(key)
    if i < 0:
        i += size
    if not 0 <= i < size:
        raise IndexError("mmap index out of range")
    return i


class mmap:
    """mmap(fileno, length[, flags[, prot[, access[, offset]]]])

    Maps length bytes of the file open on fileno from offset (0 maps the whole
    file; fileno -1 maps anonymous memory, shared with children)."""

    def __init__(self, fileno, length, flags=MAP_SHARED, prot=PROT_WRITE | PROT_READ,
                 access=ACCESS_DEFAULT, offset=0):
        self._region = None
        fileno, length, offset = _index(fileno), _index(length), _index(offset)
        if length < 0:
            raise OverflowError("memory mapped length must be positive")
        if offset < 0:
            raise OverflowError("memory mapped offset must be positive")
        if access != ACCESS_DEFAULT and (flags != MAP_SHARED or prot != PROT_WRITE | PROT_READ):
            raise ValueError("mmap can't specify both access and flags, prot.")
        if access == ACCESS_READ:
            flags, prot = MAP_SHARED, PROT_READ
        elif access == ACCESS_WRITE:
            flags, prot = MAP_SHARED, PROT_READ | PROT_WRITE
        elif access == ACCESS_COPY:
            flags, prot = MAP_PRIVATE, PROT_READ | PROT_WRITE
        elif access != ACCESS_DEFAULT:
            raise ValueError("mmap invalid access parameter.")
        if fileno != -1:
            size = _os.fstat(fileno).st_size
            if length == 0:
                if size == 0:
                    raise ValueError("cannot mmap an empty file")
                if offset >= size:
                    raise ValueError("mmap offset is greater than file size")
                length = size - offset
            elif offset > size or size - offset < length:
                raise ValueError("mmap length is greater than file size")
        self._region = _mmap.map(fileno, length, flags, prot, offset)
        self._access = access
        self._offset = offset
        self._readonly = not prot & PROT_WRITE
        self._pos = 0

    # --- state --------------------------------------------------------------

    def _len(self):
        if self._region is None:
            raise ValueError("mmap closed or invalid")
        length, _, closed = _mmap.info(self._region)
        if closed:
            raise ValueError("mmap closed or invalid")
        return length

    def _writable(self):
        if self._readonly:
            raise TypeError("mmap can't modify a readonly memory map.")

    @property
    def closed(self):
        return self._region is None or _mmap.info(self._region)[2]

    def close(self):
        if self._region is not None:
            _mmap.close(self._region)

    def __del__(self):
        self.close()

    def __enter__(self):
        self._len()
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        if self.closed:
            return '<mmap.mmap closed=True>'
        return ('<mmap.mmap closed=False, access=%s, length=%d, pos=%d, offset=%d>'
                % (_ACCESS_NAMES[self._access], self._len(), self._pos, self._offset))

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'mmap.mmap' object")

    def __len__(self):
        return self._len()

    def size(self):
        self._len()
        fd = _mmap.info(self._region)[1]
        return _os.fstat(fd).st_size

    # --- the sequence ---------------------------------------------------------

    def __getitem__(self, key):
        size = self._len()
        if isinstance(key, slice):
            start, stop, step = key.indices(size)
            if step == 1:
                return _mmap.read(self._region, start, stop)
            whole = _mmap.read(self._region, 0, size)
            return whole[start:stop:step]
        i = _item(key, size, "mmap indices must be integers")
        return _mmap.read(self._region, i, i + 1)[0]

    def __setitem__(self, key, value):
        size = self._len()
        self._writable()
        if isinstance(key, slice):
            start, stop, step = key.indices(size)
            count = len(range(start, stop, step))
            data = memoryview(value).tobytes() if not isinstance(value, (bytes, bytearray)) else bytes(value)
            if len(data) != count:
                raise IndexError("mmap slice assignment is wrong size")
            if step == 1:
                _mmap.write(self._region, start, data)
            else:
                for i, b in zip(range(start, stop, step), data):
                    _mmap.write(self._region, i, bytes((b,)))
            return
        i = _item(key, size, "mmap indices must be integer")
        if not hasattr(value, '__index__'):
            raise TypeError("mmap item value must be an int")
        value = _index(value)
        if not 0 <= value < 256:
            raise ValueError("mmap item value must be in range(0, 256)")
        _mmap.write(self._region, i, bytes((value,)))

    def __delitem__(self, key):
        raise TypeError("mmap doesn't support item deletion")

    def __iter__(self):
        for i in range(self._len()):
            yield _mmap.read(self._region, i, i + 1)

    def __bytes__(self):
        return _mmap.read(self._region, 0, self._len())

    # --- the file -------------------------------------------------------------

    def tell(self):
        self._len()
        return self._pos

    def seek(self, pos, whence=0):
        size = self._len()
        base = {0: 0, 1: self._pos, 2: size}.get(whence)
        if base is None:
            raise ValueError("unknown seek type")
        where = base + _index(pos)
        if not 0 <= where <= size:
            raise ValueError("seek out of range")
        self._pos = where
        return None

    def read(self, n=None):
        size = self._len()
        left = max(size - self._pos, 0)
        if n is not None:
            n = _index(n)
        count = left if n is None or n < 0 else min(n, left)
        data = _mmap.read(self._region, self._pos, self._pos + count)
        self._pos += count
        return data

    def read_byte(self):
        size = self._len()
        if self._pos >= size:
            raise ValueError("read byte out of range")
        self._pos += 1
        return _mmap.read(self._region, self._pos - 1, self._pos)[0]

    def readline(self):
        size = self._len()
        end = _mmap.find(self._region, b'\n', self._pos, size, 0)
        end = size if end < 0 else end + 1
        return self.read(end - self._pos)

    def write(self, data):
        self._len()
        self._writable()
        count = _mmap.write(self._region, self._pos, data)
        self._pos += count
        return count

    def write_byte(self, byte):
        size = self._len()
        self._writable()
        if not 0 <= byte <= 255:
            raise OverflowError("unsigned byte integer is greater than maximum"
                                if byte > 255 else "unsigned byte integer is less than minimum")
        if self._pos >= size:
            raise ValueError("write byte out of range")
        _mmap.write(self._region, self._pos, bytes((byte,)))
        self._pos += 1

    def _bounds(self, start, end, size):
        start = self._pos if start is None else _index(start)
        end = size if end is None else _index(end)
        if start < 0:
            start = max(start + size, 0)
        if end < 0:
            end = max(end + size, 0)
        return min(start, size), min(end, size)

    def find(self, sub, start=None, end=None):
        size = self._len()
        start, end = self._bounds(start, end, size)
        return _mmap.find(self._region, sub, start, end, 0)

    def rfind(self, sub, start=None, end=None):
        size = self._len()
        start, end = self._bounds(start, end, size)
        return _mmap.find(self._region, sub, start, end, 1)

    def flush(self, offset=0, size=None):
        length = self._len()
        _mmap.flush(self._region, offset, length - offset if size is None else size)

    def move(self, dest, src, count):
        self._len()
        self._writable()
        _mmap.move(self._region, dest, src, count)

    def madvise(self, option, start=0, length=None):
        size = self._len()
        if start < 0 or start >= size:
            raise ValueError("madvise start out of bounds")
        if length is not None and length < 0:
            raise ValueError("madvise length invalid")

    def resize(self, newsize):
        self._len()
        if self._access not in (ACCESS_DEFAULT, ACCESS_WRITE):
            raise TypeError("mmap can't resize a readonly or copy-on-write memory map.")
        _mmap.resize(self._region, newsize)
        self._pos = min(self._pos, newsize)
