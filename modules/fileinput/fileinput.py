"""Iterate over the lines of several files (or standard input) as one stream.

    import fileinput
    for line in fileinput.input():
        ...

input() makes the module's FileInput; filename(), lineno(), filelineno(),
fileno(), isfirstline(), isstdin(), nextfile() and close() ask it about the
line just read. With inplace=True, what is printed replaces each file (kept
as a backup while it is read).
"""

import io
import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Make the module's FileInput (arguments as FileInput's) and return it."""
    global _state
    if _state and _state._fp:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def close():
    """Close the module's FileInput."""
    global _state
    current, _state = _state, None
    if current:
        current.close()


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    """Skip the rest of the current file (its unread lines are not counted)."""
    return _active().nextfile()


def filename():
    """The name of the file being read, None before the first line."""
    return _active().filename()


def lineno():
    """The line number of the last line read, counted over all files."""
    return _active().lineno()


def filelineno():
    """The line number of the last line read within its file."""
    return _active().filelineno()


def fileno():
    """The descriptor of the file being read, -1 when none is open."""
    return _active().fileno()


def isfirstline():
    """Whether the last line read was the first of its file."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from sys.stdin."""
    return _active().isstdin()


class FileInput:
    """FileInput([files[, inplace[, backup]]], *, mode=None, openhook=None)

    The object behind the module's functions: an iterator over the lines of
    files ('-' is standard input; sys.argv[1:] when files is None) with
    filename(), lineno(), filelineno(), fileno(), isfirstline(), isstdin(),
    nextfile(), readline() and close(), and a context manager.
    """

    def __init__(self, files=None, inplace=False, backup="", *,
                 mode="r", openhook=None, encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ('-',)
        self._pending = files
        self._inplace = inplace
        self._backup = backup
        self._encoding = encoding
        self._errors = errors
        self._savestdout = None
        self._out = None
        self._current = None
        self._base = 0
        self._inline = 0
        self._fp = None
        self._isstdin = False
        self._backup_name = None
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._rmode = mode
        self._wmode = 'wb' if mode == 'rb' else 'w'
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._hook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self):
        while True:
            line = self._readline()
            if line:
                self._inline += 1
                return line
            if not self._fp:
                return line
            self.nextfile()

    def nextfile(self):
        saved, self._savestdout = self._savestdout, None
        if saved:
            sys.stdout = saved
        output, self._out = self._out, None
        try:
            if output:
                output.close()
        finally:
            current, self._fp = self._fp, None
            self.__dict__.pop('_readline', None)
            try:
                if current and not self._isstdin:
                    current.close()
            finally:
                backup, self._backup_name = self._backup_name, None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._isstdin = False

    def _readline(self):
        # Called when no file is open: open the next one, then read through
        # its readline (kept on the instance until nextfile()).
        if not self._pending:
            return b'' if 'b' in self._rmode else ''
        self._current, self._pending = self._pending[0], self._pending[1:]
        self._base = self.lineno()
        self._inline = 0
        self._fp = None
        self._isstdin = False
        self._backup_name = 0
        encoding = None if 'b' in self._rmode else (self._encoding or "locale")
        if self._current == '-':
            self._current = '<stdin>'
            self._fp = sys.stdin
            if 'b' in self._rmode:
                self._fp = getattr(sys.stdin, 'buffer', sys.stdin)
            self._isstdin = True
        elif self._inplace:
            self._open_inplace(encoding)
        elif self._hook and self._encoding is None:
            self._fp = self._hook(self._current, self._rmode)
        elif self._hook:
            self._fp = self._hook(self._current, self._rmode,
                                        encoding=self._encoding, errors=self._errors)
        else:
            self._fp = open(self._current, self._rmode, encoding=encoding,
                              errors=self._errors)
        self._readline = self._fp.readline
        return self._readline()

    def _open_inplace(self, encoding):
        self._backup_name = os.fspath(self._current) + (self._backup or ".bak")
        try:
            os.unlink(self._backup_name)
        except OSError:
            pass
        os.rename(self._current, self._backup_name)
        self._fp = open(self._backup_name, self._rmode, encoding=encoding,
                          errors=self._errors)
        try:
            perm = os.fstat(self._fp.fileno())
            perm = perm.st_mode
        except OSError:
            self._out = open(self._current, self._wmode,
                                encoding=encoding, errors=self._errors)
        else:
            fd = os.open(self._current, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, perm)
            self._out = os.fdopen(fd, self._wmode, encoding=encoding,
                                     errors=self._errors)
            try:
                os.chmod(self._current, perm)
            except OSError:
                pass
        self._savestdout = sys.stdout
        sys.stdout = self._out

    def filename(self):
        return self._current

    def lineno(self):
        return self._base + self._inline

    def filelineno(self):
        return self._inline

    def fileno(self):
        if not self._fp:
            return -1
        try:
            return self._fp.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._inline == 1

    def isstdin(self):
        return self._isstdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook reading .gz and .bz2 files decompressed."""
    if encoding is None and "b" not in mode:
        encoding = "locale"
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        stream = gzip.open(filename, mode)
    elif ext == '.bz2':
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return open(filename, mode, errors=errors, encoding=encoding)
    if "b" not in mode:
        return io.TextIOWrapper(stream, encoding=encoding, errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook opening files with this encoding and errors handler."""
    def openhook(name, mode):
        return open(name, mode, encoding=encoding, errors=errors)
    return openhook
