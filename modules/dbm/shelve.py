"""Manage shelves of pickled objects.

A shelf is a persistent dictionary: its keys are strings, its values any
picklable objects, kept pickled in a dbm database (shelve.open) or in any
mapping of bytes to bytes (Shelf). With writeback=True, values read are kept
in memory and written back by sync() and close(), so that changing a
mutable value in place is saved.
"""

from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler
from io import BytesIO

import collections.abc

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ClosedDict(collections.abc.MutableMapping):
    'Marker for a closed dict.  Access attempts raise a ValueError.'

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')

    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


def _loads(data):
    return Unpickler(BytesIO(data)).load()


class Shelf(collections.abc.MutableMapping):
    """A shelf over dict, a mapping of bytes keys to bytes values."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict = dict
        self._protocol = DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _key(self, key):
        return key.encode(self.keyencoding)

    def __iter__(self):
        for raw in self.dict.keys():
            yield raw.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._key(key) in self.dict

    def get(self, key, default=None):
        return self[key] if self._key(key) in self.dict else default

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = _loads(self.dict[self._key(key)])
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        buf = BytesIO()
        Pickler(buf, self._protocol).dump(value)
        self.dict[self._key(key)] = buf.getvalue()

    def __delitem__(self, key):
        del self.dict[self._key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            close = getattr(self.dict, 'close', None)
            if close is not None:
                close()
        finally:
            try:
                self.dict = _ClosedDict()
            except Exception:
                self.dict = None

    def __del__(self):
        if hasattr(self, 'writeback'):
            self.close()

    def sync(self):
        if self.writeback and self.cache:
            pending, self.cache = self.cache, {}
            self.writeback = False
            try:
                for key, value in pending.items():
                    self[key] = value
            finally:
                self.writeback = True
        if hasattr(self.dict, 'sync'):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """A shelf over a BSD-style database, with first(), next(), previous(),
    last() and set_location()."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        Shelf.__init__(self, dict, protocol, writeback, keyencoding)

    def _pair(self, pair):
        key, value = pair
        return key.decode(self.keyencoding), _loads(value)

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A shelf over the dbm database filename (dbm.open with flag)."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open the shelf stored in the dbm database filename (flag as
    dbm.open's; protocol the pickle protocol, default pickle's)."""
    return DbfilenameShelf(filename, flag, protocol, writeback)
