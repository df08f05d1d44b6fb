"""Generic interface to the dbm-style databases.

open(file, flag='r') opens a database with the module whichdb() recognizes
its files as (creating one with the first module available for flags 'c'
and 'n'). gopy has only dbm.dumb, so that is the module that creates.
"""

import importlib
import io
import os
import struct
import sys

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


_names = ['dbm.gnu', 'dbm.ndbm']
_names.append('dbm.dumb')
_defaultmod = None
_modules = {}

error = (error, OSError)
_GNU_MAGICS = {0x13579acd, 0x13579ace, 0x13579acf}
ndbm = None


def _load_modules():
    global _defaultmod
    for name in _names:
        try:
            mod = importlib.import_module(name)
        except ImportError:
            continue
        _modules[name] = mod
        _defaultmod = _defaultmod or mod
    if not _defaultmod:
        raise ImportError("no dbm clone found; tried %s" % _names)


def open(file, flag='r', mode=0o666):
    """Open the database file: flag 'r' (read), 'w' (read and write), 'c'
    (created if missing) or 'n' (always new); mode is the files' mode when
    they are created."""
    if _defaultmod is None:
        _load_modules()
    kind = None if 'n' in flag else whichdb(file)
    if kind is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
        mod = _defaultmod
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0]("db type is {0}, but the module is not available".format(kind))
    else:
        mod = _modules[kind]
    return mod.open(file, flag, mode)


def _exists(path):
    try:
        with io.open(path, 'rb'):
            return True
    except OSError:
        return False


def whichdb(filename):
    """The dbm module that made the database filename: 'dbm.ndbm',
    'dbm.gnu', 'dbm.dumb', '' when the files are not recognized, None when
    they cannot be read."""
    filename = os.fsencode(filename)
    if _exists(filename + b".pag") and _exists(filename + b".dir"):
        return "dbm.ndbm"
    try:
        os.stat(filename + b".dat")
        if os.stat(filename + b".dir").st_size == 0:
            return "dbm.dumb"
        with io.open(filename + b".dir", "rb") as f:
            if f.read(1) in (b"'", b'"'):
                return "dbm.dumb"
    except OSError:
        pass
    try:
        f = io.open(filename, "rb")
    except OSError:
        return None
    with f:
        head = f.read(16)
    if len(head) < 4:
        return ""
    magic, = struct.unpack("=l", head[:4])
    if magic in _GNU_MAGICS:
        return "dbm.gnu"
    return ""
