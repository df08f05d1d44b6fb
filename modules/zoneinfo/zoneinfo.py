"""IANA time zones for datetime: ZoneInfo(key) reads the TZif file key
from the directories of TZPATH (a ZoneInfo is made once per key)."""

import os
import sys
from datetime import datetime, timedelta, tzinfo

import _zoneinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo',
                   '/usr/share/lib/zoneinfo', '/etc/zoneinfo')


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


TZPATH = ()


def _relative_paths_message(paths):
    return ("Paths should be absolute but found the following relative paths:" +
            "".join("\n    " + p for p in paths if not os.path.isabs(p)))


def reset_tzpath(to=None):
    """Set TZPATH from to (absolute directories), or else from
    $PYTHONTZPATH or the default directories."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError(_relative_paths_message(to))
        TZPATH = tuple(to)
        return
    env = os.environ.get("PYTHONTZPATH", None)
    if env is None:
        TZPATH = _DEFAULT_TZPATH
        return
    entries = env.split(os.pathsep) if env else []
    TZPATH = tuple(e for e in entries if os.path.isabs(e))
    if len(TZPATH) != len(entries):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. " +
                      _relative_paths_message(entries), InvalidTZPathWarning)


reset_tzpath()

_BASE = os.path.normpath(os.path.join("_", "_"))[:-1]


def _check_key(key):
    if os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normal = os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if not os.path.normpath(os.path.join(_BASE, normal)).startswith(_BASE):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_file(key):
    _check_key(key)
    for directory in TZPATH:
        path = os.path.join(directory, key)
        if os.path.isfile(path):
            return path
    return None


def _is_tzif(path):
    try:
        with open(path, 'rb') as f:
            return f.read(4) == b'TZif'
    except OSError:
        return False


def available_timezones():
    """The set of keys of the TZif files found in TZPATH."""
    found = set()
    for root in TZPATH:
        if not os.path.isdir(root):
            continue
        for here, dirs, files in os.walk(root):
            if here == root:
                dirs[:] = [d for d in dirs if d not in ('right', 'posix')]
                files = [f for f in files if f not in ('posixrules',)]
            for name in files:
                path = os.path.join(here, name)
                key = os.path.relpath(path, root)
                if '.' in name or key in found:
                    continue
                if _is_tzif(path):
                    found.add(key.replace(os.sep, '/'))
    return found


_EPOCH = datetime(1970, 1, 1)
_DAY = 86400


def _seconds(dt):
    # The wall time of dt as seconds since the epoch, as if it were UTC.
    delta = dt.replace(tzinfo=None, fold=0) - _EPOCH
    return delta.days * _DAY + delta.seconds


class ZoneInfo(tzinfo):
    """The time zone key ('Europe/Paris') of the IANA database."""

    _cache = {}

    def __new__(cls, key):
        zone = cls._cache.get(key)
        if zone is None or type(zone) is not cls:
            zone = cls.no_cache(key)
            zone = cls._cache.setdefault(key, zone)
        return zone

    @classmethod
    def no_cache(cls, key):
        path = _find_file(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(path, 'rb') as f:
            data = f.read()
        zone = super().__new__(cls)
        zone._key = key
        zone._file_repr = None
        zone._zone = _zoneinfo.parse(key, data)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = super().__new__(cls)
        zone._key = key
        zone._file_repr = repr(fobj)
        zone._zone = _zoneinfo.parse(key or 'zone', fobj.read())
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def __str__(self):
        return self._key if self._key is not None else self._file_repr

    def __repr__(self):
        if self._key is not None:
            return f"{type(self).__module__}.{type(self).__qualname__}(key={self._key!r})"
        return f"{type(self).__module__}.{type(self).__qualname__}.from_file({self._file_repr})"

    def __reduce__(self):
        if self._key is None:
            raise TypeError("cannot pickle ZoneInfo objects made by from_file without a key")
        return (type(self)._unpickle, (self._key, 1))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)

    # --- tzinfo ------------------------------------------------------------------

    def _at(self, instant):
        return _zoneinfo.at(self._zone, instant)

    def _local(self, dt):
        # What is in force at the wall time dt: a day before and after give the
        # two offsets around at most one transition; an offset o fits if the
        # instant wall - o has it. Two fit: an ambiguous time (fold picks);
        # none: a gap (fold 0 keeps the offset from before it).
        wall = _seconds(dt)
        before = self._at(wall - _DAY)
        after = self._at(wall + _DAY)
        fits = [info for info in (before, after) if self._at(wall - info[0])[0] == info[0]]
        if len(fits) == 2 and before[0] != after[0]:
            return fits[dt.fold]
        if fits:
            return self._at(wall - fits[0][0])
        return after if dt.fold else before

    def utcoffset(self, dt):
        if dt is None:
            return None
        return timedelta(seconds=self._local(dt)[0])

    def dst(self, dt):
        if dt is None:
            return None
        return timedelta(seconds=self._local(dt)[3])

    def tzname(self, dt):
        if dt is None:
            return None
        return self._local(dt)[2]

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        instant = _seconds(dt)
        offset = self._at(instant)[0]
        local = dt + timedelta(seconds=offset)
        # The second of two identical wall times has fold 1.
        earlier = self._at(instant - _DAY)[0]
        if earlier > offset and self._at(instant + offset - earlier)[0] == earlier:
            local = local.replace(fold=1)
        return local
