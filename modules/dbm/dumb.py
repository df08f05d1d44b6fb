"""A dbm clone in Python: slow, but always there, and its files are
CPython's (file.dat holds the values in 512-byte blocks, file.dir the
index as lines of repr((key, (offset, size))), file.bak the previous index).
"""

import ast as _ast
import io as _io
import os as _os
import collections.abc

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError


def _as_bytes(key):
    return key.encode('utf-8') if isinstance(key, str) else key


class _Database(collections.abc.MutableMapping):

    _os = _os
    _io = _io

    def __init__(self, filebasename, mode, flag='c'):
        base = _os.fsencode(filebasename)
        self._mode = mode
        self._readonly = flag == 'r'
        self._dirfile = base + b'.dir'
        self._datfile = base + b'.dat'
        self._bakfile = base + b'.bak'
        self._index = None
        self._create(flag)
        self._update(flag)

    def _create(self, flag):
        if flag == 'n':
            for name in (self._datfile, self._bakfile, self._dirfile):
                try:
                    _os.remove(name)
                except OSError:
                    pass
        if _os.path.exists(self._datfile):
            return
        if flag not in ('c', 'n'):
            # Raise the error opening the missing file gives.
            self._open(self._datfile, 'r').close()
        with self._open(self._datfile, 'w'):
            self._chmod(self._datfile)

    def _update(self, flag):
        self._modified = False
        self._index = {}
        try:
            f = self._open(self._dirfile, 'r')
        except OSError:
            if flag not in ('c', 'n'):
                raise
            self._modified = True
            return
        with f:
            for line in f:
                key, where = _ast.literal_eval(line.rstrip())
                self._index[key.encode('Latin-1')] = where

    def _open(self, path, mode):
        # Index files are text in Latin-1 (keys are bytes), data is binary.
        if 'b' in mode:
            return self._io.open(path, mode)
        return self._io.open(path, mode, encoding="Latin-1")

    def _entry(self, key, where):
        return "%r, %r\n" % (key.decode('Latin-1'), where)

    def _commit(self):
        if not self._modified or self._index is None:
            return
        for step in (lambda: self._os.unlink(self._bakfile),
                     lambda: self._os.rename(self._dirfile, self._bakfile)):
            try:
                step()
            except OSError:
                pass
        with self._open(self._dirfile, 'w') as f:
            self._chmod(self._dirfile)
            f.write(''.join(self._entry(k, w) for k, w in self._index.items()))

    sync = _commit

    def _verify_open(self):
        if self._index is None:
            raise error('DBM object has already been closed')

    def __getitem__(self, key):
        key = _as_bytes(key)
        self._verify_open()
        offset, size = self._index[key]
        with self._open(self._datfile, 'rb') as f:
            f.seek(offset)
            return f.read(size)

    def _addval(self, val):
        # The value goes at the end of the data file, on a block boundary.
        with self._open(self._datfile, 'rb+') as f:
            end = f.seek(0, 2)
            start = -(-end // _BLOCKSIZE) * _BLOCKSIZE
            f.write(b'\0' * (start - end))
            f.write(val)
        return (start, len(val))

    def _setval(self, pos, val):
        with self._open(self._datfile, 'rb+') as f:
            f.seek(pos)
            f.write(val)
        return (pos, len(val))

    def _addkey(self, key, where):
        self._index[key] = where
        with self._open(self._dirfile, 'a') as f:
            self._chmod(self._dirfile)
            f.write(self._entry(key, where))

    def _check_writable(self):
        if self._readonly:
            raise error('The database is opened for reading only')

    def __setitem__(self, key, val):
        self._check_writable()
        if not isinstance(key, (str, bytes, bytearray)):
            raise TypeError("keys must be bytes or strings")
        if not isinstance(val, (str, bytes, bytearray)):
            raise TypeError("values must be bytes or strings")
        key, val = _as_bytes(key), _as_bytes(val)
        self._verify_open()
        self._modified = True
        if key not in self._index:
            self._addkey(key, self._addval(val))
            return
        offset, size = self._index[key]
        blocks = lambda n: -(-n // _BLOCKSIZE)
        if blocks(len(val)) <= blocks(size):
            self._index[key] = self._setval(offset, val)
        else:
            self._index[key] = self._addval(val)

    def __delitem__(self, key):
        self._check_writable()
        key = _as_bytes(key)
        self._verify_open()
        self._modified = True
        del self._index[key]
        self._commit()

    def _open_index(self):
        if self._index is None:
            raise error('DBM object has already been closed')
        return self._index

    def keys(self):
        return list(self._open_index())

    def items(self):
        self._verify_open()
        return [(key, self[key]) for key in self._index]

    def __contains__(self, key):
        return _as_bytes(key) in self._open_index()

    def iterkeys(self):
        return iter(self._open_index())

    __iter__ = iterkeys

    def __len__(self):
        return len(self._open_index())

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None
            self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, file):
        self._os.chmod(file, self._mode)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag='c', mode=0o666):
    """Open (creating if need be) the database file; every flag but 'r'
    gives read and write access, 'n' empties it. mode (less the umask) is
    the mode of files created."""
    try:
        umask = _os.umask(0)
        _os.umask(umask)
        mode &= ~umask
    except AttributeError:
        pass
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)
