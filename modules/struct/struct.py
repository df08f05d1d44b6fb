"""Functions to convert between Python values and C structs.

(gopy's implementation over _struct.)"""

from _struct import calcsize, pack, unpack, pack_into, unpack_from, error

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


def iter_unpack(format, buffer):
    """Return an iterator yielding tuples unpacked from the given bytes."""
    size = calcsize(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return _iter_unpack(format, buffer, size)


def _iter_unpack(format, buffer, size):
    for offset in range(0, len(buffer), size):
        yield unpack_from(format, buffer, offset)


class Struct:
    """Struct(format) --> compiled struct object"""

    def __init__(self, format):
        self.size = calcsize(format)
        self.format = format.decode('ascii') if isinstance(format, bytes) else format

    def pack(self, *values):
        """S.pack(v1, v2, ...) -> bytes"""
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        """S.pack_into(buffer, offset, v1, v2, ...)"""
        pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        """Return a tuple containing unpacked values."""
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        """Return a tuple containing unpacked values."""
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        """Return an iterator yielding tuples."""
        return iter_unpack(self.format, buffer)


Struct.__module__ = '_struct'
