# The Python part of gopy's time module: struct_time, strptime, get_clock_info and the
# zone values (timezone, altzone, daylight, tzname) that tzset refreshes.  The functions
# that compute are Go (modules/time), in this module's namespace before this code runs.

_STRUCT_TM_ITEMS = 11

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
           'tm_wday', 'tm_yday', 'tm_isdst')


class _Field(object):
    # A read-only field of a struct_time.
    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        if self._index < 9:
            return tuple.__getitem__(obj, self._index)
        return obj._extra[self._index - 9]

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


_NO_DICT = object()
_dict = dict


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime(), and strptime(), and
 accepted by asctime(), mktime() and strftime().  May be considered as a
 sequence of 9 integers.

 Note that several fields' values are not the same as those defined by
 the C language standard for struct tm.  For example, the value of the
 field tm_year is the actual year, not year - 1900.  See individual
 fields' descriptions for details."""

    __slots__ = ('_extra',)
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=_NO_DICT):
        try:
            values = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if dict is _NO_DICT:
            dict = None
        elif not isinstance(dict, _dict):
            raise TypeError('time.struct_time() takes a dict as second arg, if any')
        n = len(values)
        if n < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence '
                            '(%d-sequence given)' % n)
        if n > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence '
                            '(%d-sequence given)' % n)
        self = tuple.__new__(cls, values[:9])
        extra = list(values[9:]) + [None] * (11 - n)
        if dict is not None:
            for i, name in ((0, 'tm_zone'), (1, 'tm_gmtoff')):
                if 9 + i >= n and name in dict:
                    extra[i] = dict[name]
        object.__setattr__(self, '_extra', tuple(extra))
        return self

    def __setattr__(self, name, value):
        if name in _FIELDS or name in ('tm_zone', 'tm_gmtoff'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)

    def __repr__(self):
        parts = ['%s=%r' % (name, value) for name, value in zip(_FIELDS, self)]
        return 'time.struct_time(%s)' % ', '.join(parts)

    __str__ = __repr__

    def __reduce__(self):
        zone, gmtoff = self._extra
        return (struct_time, (tuple(self), {'tm_zone': zone, 'tm_gmtoff': gmtoff}))


for _i, (_name, _doc) in enumerate([
        ('tm_year', 'year, for example, 1993'),
        ('tm_mon', 'month of year, range [1, 12]'),
        ('tm_mday', 'day of month, range [1, 31]'),
        ('tm_hour', 'hours, range [0, 23]'),
        ('tm_min', 'minutes, range [0, 59]'),
        ('tm_sec', 'seconds, range [0, 61])'),
        ('tm_wday', 'day of week, range [0, 6], Monday is 0'),
        ('tm_yday', 'day of year, range [1, 366]'),
        ('tm_isdst', '1 if summer time is in effect, 0 if not, and -1 if unknown'),
        ('tm_zone', 'abbreviation of timezone name'),
        ('tm_gmtoff', 'offset from UTC in seconds')]):
    setattr(struct_time, _name, _Field(_i, _doc))
del _i, _name, _doc


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """strptime(string, format) -> struct_time

Parse a string to a time tuple according to a format specification.
See the library reference manual for formatting codes (same as
strftime())."""
    import _strptime
    return _strptime._strptime_time(string, format)


_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False),
}


def get_clock_info(name):
    """get_clock_info(name: str) -> dict

Get information of the specified clock."""
    try:
        implementation, monotonic, adjustable = _CLOCKS[name]
    except KeyError:
        raise ValueError('unknown clock') from None
    import types
    info = types.SimpleNamespace()
    info.implementation = implementation
    info.monotonic = monotonic
    info.adjustable = adjustable
    info.resolution = 1e-09
    return info


def tzset():
    """tzset()

Initialize, or reinitialize, the local timezone to the value stored in
os.environ['TZ']. The TZ environment variable should be specified in
standard Unix timezone format as documented in the tzset man page
(eg. 'US/Eastern', 'Europe/Amsterdam'). Unknown timezones will silently
fall back to UTC. If the TZ environment variable is not set, the local
timezone is set to the systems best guess of wallclock time.
Changing the TZ environment variable without calling tzset *may* change
the local timezone used by methods such as localtime, but this behaviour
should not be relied on."""
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _tzset()


timezone, altzone, daylight, tzname = _zone()
