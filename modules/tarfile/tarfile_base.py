"""Read from and write to tar format archives."""

# gopy's tarfile: CPython 3.11's behaviour and messages as the specification, written for
# gopy. This part holds the constants, the exceptions, and the header field codecs; the
# other parts (tarfile_info.py, tarfile_io.py, tarfile_archive.py) are joined to it.

import copy
import io
import os
import re
import shutil
import stat
import struct
import sys
import time

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

symlink_exception = (AttributeError, NotImplementedError, OSError)

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = 20 * BLOCKSIZE
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE,
                   CHRTYPE, BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float, "uid": int,
                     "gid": int, "size": int}

ENCODING = sys.getfilesystemencoding()

bltn_open = open


# ---- exceptions ---------------------------------------------------------------------------

class TarError(Exception):
    """Base exception."""


class ExtractError(TarError):
    """General exception for extract errors."""


class ReadError(TarError):
    """Exception for unreadable tar archives."""


class CompressionError(TarError):
    """Exception for unavailable compression methods."""


class StreamError(TarError):
    """Exception for unsupported operations on stream-like TarFiles."""


class HeaderError(TarError):
    """Base exception for header errors."""


class EmptyHeaderError(HeaderError):
    """Exception for empty headers."""


class TruncatedHeaderError(HeaderError):
    """Exception for truncated headers."""


class EOFHeaderError(HeaderError):
    """Exception for end of file headers."""


class InvalidHeaderError(HeaderError):
    """Exception for invalid headers."""


class SubsequentHeaderError(HeaderError):
    """Exception for missing and invalid extended headers."""


# ---- header fields ------------------------------------------------------------------------

def stn(s, length, encoding, errors):
    """Encode str s into a NUL-padded field of length bytes (cut if longer)."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    raw = s.encode(encoding, errors)
    if len(raw) >= length:
        return raw[:length]
    return raw + NUL * (length - len(raw))


def nts(s, encoding, errors):
    """Decode a field up to its first NUL."""
    end = s.find(NUL)
    if end >= 0:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """Read a number field: octal text, or GNU's base-256 form (first byte 0x80 or 0xff)."""
    lead = s[0]
    if lead == 0o200 or lead == 0o377:
        value = int.from_bytes(s[1:], "big")
        if lead == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        text = nts(s, "ascii", "strict").strip()
        return int(text, 8) if text else 0
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """Write number n into a field of digits bytes: octal while it fits, base 256 in the
    GNU format, ValueError otherwise."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return ("%0*o" % (digits - 1, n)).encode("ascii") + NUL
    limit = 256 ** (digits - 1)
    if format == GNU_FORMAT and -limit <= n < limit:
        if n >= 0:
            return bytearray([0o200]) + n.to_bytes(digits - 1, "big")
        return bytearray([0o377]) + (n + limit).to_bytes(digits - 1, "big")
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header's checksum both ways tar programs compute it (bytes unsigned and signed),
    with the checksum field itself counted as eight spaces."""
    head, tail = buf[:148], buf[156:512]
    unsigned = 8 * 32 + sum(head) + sum(tail)
    high = sum(1 for b in head if b >= 128) + sum(1 for b in tail if b >= 128)
    return unsigned, unsigned - 256 * high


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy length bytes (all when None) from src to dst; a short read raises exception."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    left = length
    while left > 0:
        want = bufsize if left > bufsize else left
        chunk = src.read(want)
        if len(chunk) < want:
            raise exception("unexpected end of data")
        dst.write(chunk)
        left -= want


def _blocks(count):
    # count rounded up to whole blocks.
    return -(-count // BLOCKSIZE) * BLOCKSIZE


def _padded(data):
    # data with NULs to the end of its last block.
    extra = len(data) % BLOCKSIZE
    return data + NUL * (BLOCKSIZE - extra) if extra else data


def _safe_print(s):
    encoding = getattr(sys.stdout, 'encoding', None)
    if encoding is not None:
        s = s.encode(encoding, 'backslashreplace').decode(encoding)
    print(s, end=' ')


_KEEP = object()


