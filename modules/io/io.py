"""The io module provides the Python interfaces to stream handling.

The builtin open function is defined in this module. At the top of the I/O hierarchy is
the abstract base class IOBase; RawIOBase, BufferedIOBase and TextIOBase derive from it.
FileIO is raw binary I/O on a file descriptor; BufferedReader, BufferedWriter,
BufferedRandom and BufferedRWPair buffer a raw stream; TextIOWrapper decodes and encodes
text over a buffered stream; BytesIO and StringIO are in-memory streams.

(gopy: the classes are _io's; this module adds the abstract base classes, as CPython's
io.py does.)"""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

import _io
import abc

from _io import open, open_code, text_encoding
from _io import DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation
from _io import FileIO, BytesIO, StringIO, TextIOWrapper, IncrementalNewlineDecoder
from _io import BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__


RawIOBase.register(FileIO)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
del _cls
