

# --- time --------------------------------------------------------------------

_TIME_NAMES = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')


def _new_time(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    object.__setattr__(self, '_hour', hour)
    object.__setattr__(self, '_minute', minute)
    object.__setattr__(self, '_second', second)
    object.__setattr__(self, '_microsecond', microsecond)
    object.__setattr__(self, '_tzinfo', tz)
    object.__setattr__(self, '_fold', fold)
    object.__setattr__(self, '_hashcode', -1)
    return self


def _time_of(cls, hour, minute, second, microsecond, tz, fold=0):
    # A time of class cls: a subclass is called, so its __new__ runs.
    if cls is time:
        _check_time(hour, minute, second, microsecond, fold)
        return _new_time(cls, hour, minute, second, microsecond, tz, fold)
    if fold:
        return cls(hour, minute, second, microsecond, tz, fold=1)
    return cls(hour, minute, second, microsecond, tz)


def _time_args(args, kwargs, fname):
    # hour, minute, second, microsecond, tzinfo, fold from a call's arguments
    # ('|iiiiO$i'), with defaults for those absent.
    h, m, s, us, tz, fold = _parse(fname, args, kwargs, _TIME_NAMES, 0, 5)
    return (0 if h is _MISSING else _as_int(h), 0 if m is _MISSING else _as_int(m),
            0 if s is _MISSING else _as_int(s), 0 if us is _MISSING else _as_int(us),
            None if tz is _MISSING else tz, 0 if fold is _MISSING else _as_int(fold))


@_ordered
@_fields(*_TIME_NAMES)
class time(object):
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo',
                 '_fold', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if 1 <= len(args) <= 2 and not kwargs:
            state = _date_state(args[0], 6, None)
            if state is not None and (state[0] & 0x7f) < 24:
                tz = _state_tzinfo(args)
                return _new_time(cls, state[0] & 0x7f, state[1], state[2],
                                 (state[3] << 16) | (state[4] << 8) | state[5], tz,
                                 state[0] >> 7)
        h, m, s, us, tz, fold = _time_args(args, kwargs, None)
        _check_time(h, m, s, us, fold)
        _check_tzinfo(tz)
        return _new_time(cls, h, m, s, us, tz, fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        start = 1 if time_string[:1] == 'T' else 0
        parsed = _parse_iso_time(time_string, start)
        if parsed is None:
            raise _bad_iso(time_string)
        h, m, s, us, tz = parsed
        return _time_of(cls, h, m, s, us, _tz_from_iso(tz))

    # Zone

    def utcoffset(self, *args):
        """Return self.tzinfo.utcoffset(self)."""
        _no_args('time.utcoffset', args)
        return _call_offset(self._tzinfo, 'utcoffset', None)

    def dst(self, *args):
        """Return self.tzinfo.dst(self)."""
        _no_args('time.dst', args)
        return _call_offset(self._tzinfo, 'dst', None)

    def tzname(self, *args):
        """Return self.tzinfo.tzname(self)."""
        _no_args('time.tzname', args)
        return _call_tzname(self._tzinfo, None)

    # Conversions

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_type_name(self), text)

    def isoformat(self, *args, **kwargs):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        timespec, = _parse('isoformat', args, kwargs, ('timespec',), 0)
        if timespec is _MISSING:
            timespec = 'auto'
        elif not isinstance(timespec, str):
            raise TypeError('isoformat() argument 1 must be str, not %s'
                            % _c_name(type(timespec)))
        text = _format_time(self._hour, self._minute, self._second,
                            self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat()

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        fmt, = _parse('strftime', args, kwargs, ('format',), 1)
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(fmt, timetuple, self._tzinfo, None, self._microsecond)

    __format__ = date.__format__

    def replace(self, *args, **kwargs):
        """Return time with new specified fields."""
        h, m, s, us, tz, fold = _parse('replace', args, kwargs, _TIME_NAMES, 0, 5)
        h = self._hour if h is _MISSING else _as_int(h)
        m = self._minute if m is _MISSING else _as_int(m)
        s = self._second if s is _MISSING else _as_int(s)
        us = self._microsecond if us is _MISSING else _as_int(us)
        tz = self._tzinfo if tz is _MISSING else tz
        fold = self._fold if fold is _MISSING else _as_int(fold)
        _check_time(h, m, s, us, fold)
        _check_tzinfo(tz)
        return _time_of(type(self), h, m, s, us, tz, fold)

    # Comparisons and hashing

    def _cmp(self, other, op):
        # -1, 0 or 1; None when they cannot be ordered (naive and aware).
        if not isinstance(other, time):
            return NotImplemented
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is not other._tzinfo:
            off1 = self.utcoffset()
            off2 = other.utcoffset()
            if off1 is not off2 and (off1 is None or off2 is None):
                if op in ('==', '!='):
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            if off1 is not None and off1 != off2:
                # As CPython: whole seconds of the offsets, then microseconds.
                a = (a[0] * 3600 + a[1] * 60 + a[2] - off1._days * 86400 - off1._seconds, a[3])
                b = (b[0] * 3600 + b[1] * 60 + b[2] - off2._days * 86400 - off2._seconds, b[3])
        return (a > b) - (a < b)

    def __hash__(self):
        if self._hashcode == -1:
            plain = self.replace(fold=0) if self._fold else self
            offset = plain.utcoffset()
            if offset is None:
                value = hash(plain._getstate(2)[0])
            else:
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                value = hash(timedelta(0, seconds, self._microsecond) - offset)
            object.__setattr__(self, '_hashcode', value)
        return self._hashcode

    # Pickling

    def _getstate(self, protocol):
        us1, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us1, 256)
        hour = self._hour
        if self._fold and protocol > 3:
            hour += 128
        state = bytes([hour, self._minute, self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)



_OWN_TYPES.add(time)
