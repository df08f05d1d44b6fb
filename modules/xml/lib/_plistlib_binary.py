# plistlib's binary format ("bplist00"), written for gopy: objects flattened into a
# table (equal scalars shared, containers by identity) and written with the smallest
# reference and offset sizes, then the offset table and the trailer; read back lazily
# by reference with every reference checked.
import datetime
import struct
from plistlib import UID, InvalidFileException

_SIZE_CODE = {1: "B", 2: "H", 4: "L", 8: "Q"}
_SCALARS = (str, int, float, datetime.datetime, bytes)
_EPOCH = datetime.datetime(2001, 1, 1)


def _is_fmt_binary(header):
    return header[:8] == b"bplist00"


def _width(count):
    for size in (1, 2, 4):
        if count < 1 << (8 * size):
            return size
    return 8


class _BinaryPlistParser:
    def __init__(self, dict_type):
        self._dict_type = dict_type

    def parse(self, fp):
        try:
            self._fp = fp
            fp.seek(-32, 2)
            trailer = fp.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            (offset_size, self._ref_size, count, top, table_at) = struct.unpack(">6xBBQQQ", trailer)
            fp.seek(table_at)
            self._offsets = self._ints(count, offset_size)
            self._ref_code = _SIZE_CODE[self._ref_size]
            self._objects = [_MISSING] * count
            return self._read(top)
        except (OSError, IndexError, struct.error, OverflowError, ValueError, KeyError):
            raise InvalidFileException()

    def _ints(self, n, size):
        data = self._fp.read(size * n)
        if size in _SIZE_CODE:
            return struct.unpack(">" + _SIZE_CODE[size] * n, data)
        if not size or len(data) != size * n:
            raise InvalidFileException()
        return tuple(int.from_bytes(data[i:i + size], "big") for i in range(0, size * n, size))

    def _refs(self, n):
        return self._ints(n, self._ref_size)

    def _size(self, low):
        if low == 0xF:
            marker = self._fp.read(1)[0] & 0x3
            return self._ints(1, 1 << marker)[0]
        return low

    def _read(self, ref):
        value = self._objects[ref]
        if value is not _MISSING:
            return value
        fp = self._fp
        fp.seek(self._offsets[ref])
        token = fp.read(1)[0]
        high, low = token & 0xF0, token & 0x0F
        if token == 0x00:
            value = None
        elif token == 0x08:
            value = False
        elif token == 0x09:
            value = True
        elif token == 0x0F:
            value = b""
        elif high == 0x10:
            value = int.from_bytes(fp.read(1 << low), "big", signed=low >= 3)
        elif token == 0x22:
            value = struct.unpack(">f", fp.read(4))[0]
        elif token == 0x23:
            value = struct.unpack(">d", fp.read(8))[0]
        elif token == 0x33:
            seconds = struct.unpack(">d", fp.read(8))[0]
            value = _EPOCH + datetime.timedelta(seconds=seconds)
        elif high == 0x40:
            n = self._size(low)
            value = fp.read(n)
            if len(value) != n:
                raise InvalidFileException()
        elif high == 0x50:
            n = self._size(low)
            data = fp.read(n)
            if len(data) != n:
                raise InvalidFileException()
            value = data.decode("ascii")
        elif high == 0x60:
            n = self._size(low) * 2
            data = fp.read(n)
            if len(data) != n:
                raise InvalidFileException()
            value = data.decode("utf-16be")
        elif high == 0x80:
            value = UID(int.from_bytes(fp.read(1 + low), "big"))
        elif high == 0xA0:
            refs = self._refs(self._size(low))
            value = []
            self._objects[ref] = value
            value.extend(self._read(r) for r in refs)
        elif high == 0xD0:
            n = self._size(low)
            keys = self._refs(n)
            values = self._refs(n)
            value = self._dict_type()
            self._objects[ref] = value
            for k, v in zip(keys, values):
                value[self._read(k)] = self._read(v)
        else:
            raise InvalidFileException()
        self._objects[ref] = value
        return value


_MISSING = object()


class _BinaryPlistWriter:
    def __init__(self, fp, sort_keys, skipkeys):
        self._fp = fp
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def _items(self, d):
        for k, v in (sorted(d.items()) if self._sort_keys else d.items()):
            if isinstance(k, str):
                yield k, v
            elif not self._skipkeys:
                raise TypeError("keys must be strings")

    def _key(self, value):
        if isinstance(value, _SCALARS):
            return (type(value), value)
        return id(value)

    def _flatten(self, value):
        key = self._key(value)
        if key in self._refnums:
            return
        self._refnums[key] = len(self._objects)
        self._objects.append(value)
        if isinstance(value, dict):
            pairs = list(self._items(value))
            for k, v in pairs:
                self._flatten(k)
            for k, v in pairs:
                self._flatten(v)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self._flatten(item)

    def write(self, value):
        self._objects = []
        self._refnums = {}
        self._flatten(value)
        count = len(self._objects)
        self._ref_code = _SIZE_CODE[_width(count)]
        offsets = []
        out = self._fp
        out.write(b"bplist00")
        for obj in self._objects:
            offsets.append(out.tell())
            self._write_object(obj)
        table_at = out.tell()
        offset_size = _width(table_at)
        out.write(struct.pack(">" + _SIZE_CODE[offset_size] * count, *offsets))
        out.write(struct.pack(">5xBBBQQQ", 0, offset_size, _width(count), count,
                              self._refnums[self._key(value)], table_at))

    def _head(self, kind, n):
        w = self._fp.write
        if n < 15:
            w(bytes([kind | n]))
        else:
            for marker, size in enumerate((1, 2, 4, 8)):
                if n < 1 << (8 * size) or size == 8:
                    w(struct.pack(">BB" + _SIZE_CODE[size], kind | 0xF, 0x10 | marker, n))
                    break

    def _refs(self, items):
        refs = [self._refnums[self._key(o)] for o in items]
        self._fp.write(struct.pack(">" + self._ref_code * len(refs), *refs))

    def _write_object(self, value):
        w = self._fp.write
        if value is None:
            w(b"\x00")
        elif value is False or value is True:
            w(b"\x09" if value else b"\x08")
        elif isinstance(value, int):
            if value < 0:
                if value < -1 << 63:
                    raise OverflowError(value)
                w(struct.pack(">Bq", 0x13, value))
            elif value >= 1 << 64:
                raise OverflowError(value)
            elif value >= 1 << 63:
                w(b"\x14" + value.to_bytes(16, "big", signed=True))
            else:
                for code, size in ((0x10, 1), (0x11, 2), (0x12, 4), (0x13, 8)):
                    if value < 1 << (8 * size):
                        w(struct.pack(">B" + _SIZE_CODE[size], code, value))
                        break
        elif isinstance(value, float):
            w(struct.pack(">Bd", 0x23, value))
        elif isinstance(value, datetime.datetime):
            w(struct.pack(">Bd", 0x33, (value - _EPOCH).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self._head(0x40, len(value))
            w(value)
        elif isinstance(value, str):
            if value.isascii():
                self._head(0x50, len(value))
                w(value.encode("ascii"))
            else:
                data = value.encode("utf-16be")
                self._head(0x60, len(data) // 2)
                w(data)
        elif isinstance(value, UID):
            n = value.data
            if n < 0:
                raise ValueError("UIDs must be positive")
            for code, size in ((0x80, 1), (0x81, 2), (0x83, 4), (0x87, 8)):
                if n < 1 << (8 * size):
                    w(struct.pack(">B" + _SIZE_CODE[size], code, n))
                    break
            else:
                raise OverflowError(value)
        elif isinstance(value, (list, tuple)):
            self._head(0xA0, len(value))
            self._refs(value)
        elif isinstance(value, dict):
            pairs = list(self._items(value))
            self._head(0xD0, len(pairs))
            self._refs([k for k, v in pairs])
            self._refs([v for k, v in pairs])
        else:
            raise TypeError(value)
