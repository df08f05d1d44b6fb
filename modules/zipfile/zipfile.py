# zipfile for gopy: reading and writing ZIP archives, stored or deflated (zlib). CPython
# 3.11's zipfile is the specification of the API, the bytes written and the messages; the
# code is gopy's own. ZIP64 records are read and written where CPython's are; traditional
# PKWARE encryption is read (zipfile_crypt.py). Not here: bzip2 and lzma members,
# writing encrypted members, PyZipFile.

import binascii
import io
import os
import stat
import struct
import sys
import threading
import time
import zlib

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "ZIP_BZIP2", "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile",
           "LargeZipFile", "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile, the zipfile requires ZIP64 extensions
    and those extensions are disabled.
    """


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14
DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

_METHOD_NAMES = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
                 5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64',
                 10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
                 97: 'wavpack', 98: 'ppmd'}

# The records of the format (APPNOTE.TXT): signatures and struct layouts.
_LOCAL_SIG = b"PK\003\004"
_CENTRAL_SIG = b"PK\001\002"
_END_SIG = b"PK\005\006"
_LOCAL_FMT = "<4s2B4HL2L2H"
_CENTRAL_FMT = "<4s4B4HL2L5H2L"
_END_FMT = "<4s4H2LH"
_END64_SIG = b"PK\x06\x06"
_END64_FMT = "<4sQ2H2L4Q"
_LOCATOR_SIG = b"PK\x06\x07"
_LOCATOR_FMT = "<4sLQL"
_END64_SIZE = struct.calcsize(_END64_FMT)
_LOCATOR_SIZE = struct.calcsize(_LOCATOR_FMT)
_ZIP64_EXTRA = 0x0001
_LOCAL_SIZE = struct.calcsize(_LOCAL_FMT)
_CENTRAL_SIZE = struct.calcsize(_CENTRAL_FMT)
_END_SIZE = struct.calcsize(_END_FMT)

_FLAG_ENCRYPTED = 0x1
_FLAG_DESCRIPTOR = 0x8
_FLAG_UTF8 = 0x800


# The upper half of code page 437, how names without the UTF-8 flag are read.
_CP437_HIGH = "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xa0"


def _decode_name(raw, encoding):
    if encoding != 'cp437':
        return raw.decode(encoding)
    if max(raw, default=0) < 0x80:
        return raw.decode('ascii')
    return ''.join(chr(b) if b < 0x80 else _CP437_HIGH[b - 0x80] for b in raw)


def _check_method(method):
    # Only stored and deflated members can be read or written by gopy.
    if method in (ZIP_STORED, ZIP_DEFLATED):
        return
    if method == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if method == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


class ZipInfo:
    """Information about one member of an archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time',
                 '_end_offset')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        cut = filename.find(chr(0))
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != "/":
            filename = "/".join(filename.split(os.sep))
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def __repr__(self):
        parts = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % _METHOD_NAMES.get(self.compress_type, self.compress_type))
        high = self.external_attr >> 16
        low = self.external_attr & 0xFFFF
        if high:
            parts.append(' filemode=%r' % stat.filemode(high))
        if low:
            parts.append(' external_attr=%#x' % low)
        dir_entry = self.is_dir()
        if not dir_entry or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if (not dir_entry or self.compress_size) and (
                self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            parts.append(' compress_size=%r' % self.compress_size)
        return ''.join(parts) + '>'

    def _dos_time(self):
        year, month, day, hour, minute, second = self.date_time
        return ((year - 1980) << 9 | month << 5 | day), (hour << 11 | minute << 5 | second // 2)

    def _encoded_name(self):
        try:
            raw = self.filename.encode('ascii')
            return raw, self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def FileHeader(self, zip64=None):
        """The local file header of the member, as bytes: with a ZIP64 extra field when
        zip64 is true (by default: when a size needs one)."""
        dosdate, dostime = self._dos_time()
        if self.flag_bits & _FLAG_DESCRIPTOR:
            crc = csize = usize = 0
        else:
            crc, csize, usize = self.CRC, self.compress_size, self.file_size
        if zip64 is None:
            zip64 = usize > ZIP64_LIMIT or csize > ZIP64_LIMIT
        extra = self.extra
        if zip64:
            # The sizes move to the ZIP64 field; the record's say "see there".
            extra += struct.pack('<HHQQ', _ZIP64_EXTRA, 16, usize, csize)
            usize = csize = 0xFFFFFFFF
            self.extract_version = max(self.extract_version, ZIP64_VERSION)
            self.create_version = max(self.create_version, ZIP64_VERSION)
        name, flags = self._encoded_name()
        header = struct.pack(_LOCAL_FMT, _LOCAL_SIG, self.extract_version, self.reserved,
                             flags, self.compress_type, dostime, dosdate, crc, csize, usize,
                             len(name), len(extra))
        return header + name + extra

    def _decodeExtra(self):
        # Sizes and offset that did not fit the directory record are in the ZIP64 field,
        # in this order, each only when its record field is all ones.
        rest = self.extra
        while len(rest) >= 4:
            kind, size = struct.unpack('<HH', rest[:4])
            if size + 4 > len(rest):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (kind, size))
            if kind == _ZIP64_EXTRA:
                values = rest[4:size + 4]
                for attr, label, full in (('file_size', "File size", (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF)),
                                          ('compress_size', "Compress size", (0xFFFFFFFF,)),
                                          ('header_offset', "Header offset", (0xFFFFFFFF,))):
                    if getattr(self, attr) in full:
                        if len(values) < 8:
                            raise BadZipFile("Corrupt zip64 extra field. %s not found." % label)
                        setattr(self, attr, struct.unpack('<Q', values[:8])[0])
                        values = values[8:]
            rest = rest[size + 4:]

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for a file of the file system, named arcname in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        is_dir = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps and stamp[0] < 1980:
            stamp = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and stamp[0] > 2107:
            stamp = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        _, arcname = os.path.splitdrive(arcname)
        arcname = os.path.normpath(arcname).lstrip(os.sep + (os.altsep or ""))
        if is_dir:
            arcname += '/'
        info = cls(arcname, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if is_dir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        """Whether the member is a directory (its name ends with a slash)."""
        return self.filename.endswith('/')


def _find_end(fp):
    # The end-of-central-directory record: (record fields, comment, its offset), or None.
    try:
        fp.seek(0, 2)
    except OSError:
        return None
    size = fp.tell()
    start = max(size - _END_SIZE - ZIP_MAX_COMMENT, 0)
    fp.seek(start)
    tail = fp.read()
    pos = tail.rfind(_END_SIG)
    while pos >= 0:
        record = tail[pos:pos + _END_SIZE]
        if len(record) == _END_SIZE:
            fields = struct.unpack(_END_FMT, record)
            comment = tail[pos + _END_SIZE:pos + _END_SIZE + fields[7]]
            if len(comment) == fields[7]:
                return fields, comment, start + pos
        pos = tail.rfind(_END_SIG, 0, pos)
    return None


def _zip64_end(fp, where):
    # The ZIP64 end record's (entries, directory size, directory offset) when its locator
    # stands just before the end record at where; None when there is none.
    if where < _LOCATOR_SIZE + _END64_SIZE:
        return None
    fp.seek(where - _LOCATOR_SIZE)
    locator = fp.read(_LOCATOR_SIZE)
    if len(locator) != _LOCATOR_SIZE:
        return None
    sig, disk, _, disks = struct.unpack(_LOCATOR_FMT, locator)
    if sig != _LOCATOR_SIG:
        return None
    if disk != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fp.seek(where - _LOCATOR_SIZE - _END64_SIZE)
    record = fp.read(_END64_SIZE)
    if len(record) != _END64_SIZE:
        return None
    fields = struct.unpack(_END64_FMT, record)
    if fields[0] != _END64_SIG:
        return None
    return fields[7], fields[8], fields[9]


def _strip_extra(extra, kinds):
    # extra without its fields of the given kinds.
    kept, pos = [], 0
    while pos + 4 <= len(extra):
        kind, size = struct.unpack('<HH', extra[pos:pos + 4])
        if kind not in kinds:
            kept.append(extra[pos:pos + 4 + size])
        pos += 4 + size
    kept.append(extra[pos:])
    return b"".join(kept)


def is_zipfile(filename):
    """Whether filename (a path or a file object) looks like a ZIP archive."""
    try:
        if hasattr(filename, "read"):
            return _find_end(filename) is not None
        with open(filename, "rb") as fp:
            return _find_end(fp) is not None
    except OSError:
        return False


# Traditional PKWARE encryption (APPNOTE 6.1): three 32-bit keys stirred by each plaintext
# byte with CRC-32 steps; the keystream byte comes from the third key.

def _crc_step_table():
    table = []
    for n in range(256):
        for _ in range(8):
            n = (n >> 1) ^ 0xEDB88320 if n & 1 else n >> 1
        table.append(n)
    return table


_CRC_TABLE = None


def _ZipDecrypter(pwd):
    """A function that decrypts the bytes that follow those it was given before, for the
    keys password pwd sets up."""
    global _CRC_TABLE
    if _CRC_TABLE is None:
        _CRC_TABLE = _crc_step_table()
    table = _CRC_TABLE
    keys = [0x12345678, 0x23456789, 0x34567890]

    def stir(byte):
        k0 = (keys[0] >> 8) ^ table[(keys[0] ^ byte) & 0xFF]
        k1 = ((keys[1] + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[0], keys[1] = k0, k1
        keys[2] = (keys[2] >> 8) ^ table[(keys[2] ^ (k1 >> 24)) & 0xFF]

    for byte in pwd:
        stir(byte)

    def decrypt(data):
        out = bytearray(len(data))
        for i, byte in enumerate(data):
            t = keys[2] | 2
            byte ^= ((t * (t ^ 1)) >> 8) & 0xFF
            stir(byte)
            out[i] = byte
        return bytes(out)

    return decrypt


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading: its bytes, decompressed, checked against its CRC
    once read to the end."""

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        super().__init__()
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type if zipinfo else ZIP_STORED
        self.mode = mode
        self.name = zipinfo.filename
        self._info = zipinfo
        raw = fileobj.read(zipinfo.compress_size)
        if pwd:
            # 12 encrypted bytes lead the data; the last one decrypted must match the high
            # byte of the CRC (of the DOS time with a data descriptor).
            decrypt = _ZipDecrypter(pwd)
            head = decrypt(raw[:12])
            if zipinfo.flag_bits & _FLAG_DESCRIPTOR:
                check = (zipinfo._raw_time >> 8) & 0xFF
            else:
                check = (zipinfo.CRC >> 24) & 0xFF
            if len(head) < 12 or head[11] != check:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)
            raw = decrypt(raw[12:])
        if self._compress_type == ZIP_DEFLATED:
            inflater = zlib.decompressobj(-15)
            data = inflater.decompress(raw) + inflater.flush()
        else:
            data = raw
        if len(data) != zipinfo.file_size and len(raw) < zipinfo.compress_size:
            raise EOFError
        self._data = data
        self._pos = 0

    def __repr__(self):
        text = '<%s.%s' % (type(self).__module__, type(self).__qualname__)
        if self.closed:
            return text + ' [closed]>'
        text += ' name=%r mode=%r' % (self.name, self.mode)
        if self._compress_type != ZIP_STORED:
            text += ' compress_type=%s' % _METHOD_NAMES.get(self._compress_type, self._compress_type)
        return text + '>'

    def _check_crc(self):
        if self._pos >= len(self._data) and binascii.crc32(self._data) != self._info.CRC:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            end = len(self._data)
        else:
            end = min(self._pos + n, len(self._data))
        chunk = self._data[self._pos:end]
        self._pos = end
        self._check_crc()
        return chunk

    def read1(self, n=-1):
        return self.read(n)

    def peek(self, n=1):
        return self._data[self._pos:self._pos + max(n, 512)]

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        nl = self._data.find(b"\n", self._pos)
        end = len(self._data) if nl < 0 else nl + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        line = self._data[self._pos:end]
        self._pos = end
        self._check_crc()
        return line

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._pos

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        base = {0: 0, 1: self._pos, 2: len(self._data)}.get(whence)
        if base is None:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        self._pos = min(max(base + offset, 0), len(self._data))
        return self._pos

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()
