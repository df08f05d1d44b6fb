

# --- datetime ----------------------------------------------------------------

_DATETIME_NAMES = ('year', 'month', 'day', 'hour', 'minute', 'second',
                   'microsecond', 'tzinfo', 'fold')


def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold):
    self = object.__new__(cls)
    object.__setattr__(self, '_year', y)
    object.__setattr__(self, '_month', m)
    object.__setattr__(self, '_day', d)
    object.__setattr__(self, '_hour', hh)
    object.__setattr__(self, '_minute', mm)
    object.__setattr__(self, '_second', ss)
    object.__setattr__(self, '_microsecond', us)
    object.__setattr__(self, '_tzinfo', tz)
    object.__setattr__(self, '_fold', fold)
    object.__setattr__(self, '_hashcode', -1)
    return self


def _datetime_of(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    # A datetime of class cls: a subclass is called, so its __new__ runs.
    if cls is datetime:
        _check_date(y, m, d)
        _check_time(hh, mm, ss, us, fold)
        return _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold)
    if fold:
        return cls(y, m, d, hh, mm, ss, us, tz, fold=1)
    return cls(y, m, d, hh, mm, ss, us, tz)


def _from_us(cls, total, tz, fold=0):
    # A datetime from microseconds since 0001-01-01 00:00 (ordinal 1 at 0).
    days, us = divmod(total, _US_PER_DAY)
    if not 0 <= days < _MAX_ORDINAL:
        raise OverflowError('date value out of range')
    y, m, d = _from_ordinal(days + 1)
    seconds, us = divmod(us, 1000000)
    minutes, ss = divmod(seconds, 60)
    hh, mm = divmod(minutes, 60)
    return _datetime_of(cls, y, m, d, hh, mm, ss, us, tz, fold)


@_ordered
@_fields(*_DATETIME_NAMES)
class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kwargs):
        if 1 <= len(args) <= 2 and not kwargs:
            state = _date_state(args[0], 10, 2)
            if state is not None:
                tz = _state_tzinfo(args)
                return _new_datetime(cls, state[0] * 256 + state[1], state[2] & 0x7f,
                                     state[3], state[4], state[5], state[6],
                                     (state[7] << 16) | (state[8] << 8) | state[9],
                                     tz, state[2] >> 7)
        y, mo, d, h, mi, s, us, tz, fold = _parse(None, args, kwargs, _DATETIME_NAMES, 3, 8)
        y, mo, d = _as_int(y), _as_int(mo), _as_int(d)
        h = 0 if h is _MISSING else _as_int(h)
        mi = 0 if mi is _MISSING else _as_int(mi)
        s = 0 if s is _MISSING else _as_int(s)
        us = 0 if us is _MISSING else _as_int(us)
        tz = None if tz is _MISSING else tz
        fold = 0 if fold is _MISSING else _as_int(fold)
        _check_date(y, mo, d)
        _check_time(h, mi, s, us, fold)
        _check_tzinfo(tz)
        return _new_datetime(cls, y, mo, d, h, mi, s, us, tz, fold)

    def _total_us(self):
        # Microseconds since 0001-01-01 00:00 of the wall clock.
        days = _ordinal(self._year, self._month, self._day) - 1
        seconds = (days * 24 + self._hour) * 3600 + self._minute * 60 + self._second
        return seconds * 1000000 + self._microsecond

    # Constructors

    @classmethod
    def _fromtimestamp(cls, seconds, us, utc, tz):
        if utc:
            fields = _time.gmtime(seconds)
        else:
            fields = _time.localtime(seconds)
        y, m, d, hh, mm, ss = fields[:6]
        ss = min(ss, 59)
        fold = 0
        if tz is None and not utc:
            # A repeated local hour: the later of the two is fold=1.
            result = ((_ordinal(y, m, d) * 24 + hh) * 60 + mm) * 60 + ss
            probe = _local(seconds - _MAX_FOLD_SECONDS)
            transition = result - probe - _MAX_FOLD_SECONDS
            if transition < 0 and _local(seconds + transition) == result:
                fold = 1
        if not MINYEAR <= y <= MAXYEAR:
            raise ValueError('year %d is out of range' % y)
        return _datetime_of(cls, y, m, d, hh, mm, ss, us, tz, fold)

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        t, tz = _parse('fromtimestamp', args, kwargs, ('timestamp', 'tz'), 1)
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        seconds, us = _timestamp_parts(t)
        if tz is None:
            return cls._fromtimestamp(seconds, us, False, None)
        result = cls._fromtimestamp(seconds, us, True, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        seconds, us = _timestamp_parts(t)
        return cls._fromtimestamp(seconds, us, True, None)

    @classmethod
    def now(cls, *args, **kwargs):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        tz, = _parse('now', args, kwargs, ('tz',), 0)
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls, *args):
        """Return a new datetime representing UTC day and time."""
        _no_args(cls.__name__ + '.utcnow', args)
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, *args, **kwargs):
        """date, time -> datetime with same date and time fields"""
        d, t, tz = _parse('combine', args, kwargs, ('date', 'time', 'tzinfo'), 2)
        if not isinstance(d, date):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % _c_name(type(d)))
        if not isinstance(t, time):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % _c_name(type(t)))
        if tz is _MISSING:
            tz = t._tzinfo
        _check_tzinfo(tz)
        return _datetime_of(cls, d._year, d._month, d._day, t._hour, t._minute,
                            t._second, t._microsecond, tz, t._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        if len(s) < 7:
            raise _bad_iso(s)
        sep = _datetime_separator(s)
        ymd = _parse_iso_date(s, sep) if sep >= 0 else None
        if ymd is None:
            raise _bad_iso(s)
        h = m = sec = us = 0
        tz = None
        if len(s) > sep:
            parsed = _parse_iso_time(s, sep + 1)
            if parsed is None:
                raise _bad_iso(s)
            h, m, sec, us, tz = parsed
        y, mo, d = ymd
        return _datetime_of(cls, y, mo, d, h, m, sec, us, _tz_from_iso(tz))

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # Conversions

    def timetuple(self, *args):
        """Return time tuple, compatible with time.localtime()."""
        _no_args('datetime.timetuple', args)
        dst = _call_offset(self._tzinfo, 'dst', self)
        flag = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _day_of_year(self._year, self._month, self._day), flag))

    def utctimetuple(self, *args):
        """Return UTC time tuple, compatible with time.localtime()."""
        _no_args('datetime.utctimetuple', args)
        offset = self.utcoffset()
        t = self
        if offset is not None:
            t = _from_us(datetime, self._total_us() - offset._us(), None)
        return _time.struct_time((t._year, t._month, t._day, t._hour, t._minute,
                                  t._second, t.weekday(),
                                  _day_of_year(t._year, t._month, t._day), 0))

    def timestamp(self, *args):
        """Return POSIX timestamp as float."""
        _no_args('datetime.timestamp', args)
        if self._tzinfo is None or self.utcoffset() is None:
            seconds = _local_to_seconds(self._year, self._month, self._day, self._hour,
                                        self._minute, self._second, self._fold)
            return (seconds - _EPOCH_SECONDS) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self, *args):
        """Return date object with same year, month and day."""
        _no_args('datetime.date', args)
        return _new_date(date, self._year, self._month, self._day)

    def time(self, *args):
        """Return time object with same time but with tzinfo=None."""
        _no_args('datetime.time', args)
        return _new_time(time, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self, *args):
        """Return time object with same time and tzinfo."""
        _no_args('datetime.timetz', args)
        return _new_time(time, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def replace(self, *args, **kwargs):
        """Return datetime with new specified fields."""
        y, mo, d, h, mi, s, us, tz, fold = _parse('replace', args, kwargs,
                                                  _DATETIME_NAMES, 0, 8)
        y = self._year if y is _MISSING else _as_int(y)
        mo = self._month if mo is _MISSING else _as_int(mo)
        d = self._day if d is _MISSING else _as_int(d)
        h = self._hour if h is _MISSING else _as_int(h)
        mi = self._minute if mi is _MISSING else _as_int(mi)
        s = self._second if s is _MISSING else _as_int(s)
        us = self._microsecond if us is _MISSING else _as_int(us)
        tz = self._tzinfo if tz is _MISSING else tz
        fold = self._fold if fold is _MISSING else _as_int(fold)
        _check_date(y, mo, d)
        _check_time(h, mi, s, us, fold)
        _check_tzinfo(tz)
        return _new_datetime(type(self), y, mo, d, h, mi, s, us, tz, fold)

    def astimezone(self, *args, **kwargs):
        """tz -> convert to local time in new timezone tz
"""
        tz, = _parse('astimezone', args, kwargs, ('tz',), 0)
        tz = None if tz is _MISSING else tz
        _check_tzinfo(tz)
        mine = self._tzinfo
        offset = None
        if mine is not None:
            offset = self.utcoffset()
        if offset is None:
            # Naive: in the local zone.
            seconds = _local_to_seconds(self._year, self._month, self._day, self._hour,
                                        self._minute, self._second, self._fold)
            mine = _local_timezone(seconds - _EPOCH_SECONDS)
            offset = mine.utcoffset(self)
        if mine is tz:
            return self
        utc = self - offset
        if tz is None:
            tz = _local_timezone((utc._total_us() - _EPOCH_NAIVE._total_us()) // 1000000)
        utc = _new_datetime(type(utc), utc._year, utc._month, utc._day, utc._hour,
                            utc._minute, utc._second, utc._microsecond, tz, utc._fold)
        return tz.fromutc(utc)

    def ctime(self, *args):
        """Return ctime() style string."""
        _no_args('datetime.ctime', args)
        return _ctime(self._year, self._month, self._day, self._hour, self._minute,
                      self._second)

    def isoformat(self, *args, **kwargs):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        sep, timespec = _parse('isoformat', args, kwargs, ('sep', 'timespec'), 0)
        if sep is _MISSING:
            sep = 'T'
        elif not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, '
                            'not %s' % _c_name(type(sep)))
        if timespec is _MISSING:
            timespec = 'auto'
        elif not isinstance(timespec, str):
            raise TypeError('isoformat() argument 2 must be str, not %s'
                            % _c_name(type(timespec)))
        text = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
        text += _format_time(self._hour, self._minute, self._second,
                             self._microsecond, timespec)
        return text + _format_offset(self.utcoffset(), ':')

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            fields += [self._second, self._microsecond]
        elif self._second:
            fields.append(self._second)
        text = '%s(%s' % (_type_name(self), ', '.join(['%d' % f for f in fields]))
        if self._fold:
            text += ', fold=1'
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        return text + ')'

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        fmt, = _parse('strftime', args, kwargs, ('format',), 1)
        return _wrap_strftime(fmt, self.timetuple(), self._tzinfo, self, self._microsecond)

    def utcoffset(self, *args):
        """Return self.tzinfo.utcoffset(self)."""
        _no_args('datetime.utcoffset', args)
        return _call_offset(self._tzinfo, 'utcoffset', self)

    def dst(self, *args):
        """Return self.tzinfo.dst(self)."""
        _no_args('datetime.dst', args)
        return _call_offset(self._tzinfo, 'dst', self)

    def tzname(self, *args):
        """Return self.tzinfo.tzname(self)."""
        _no_args('datetime.tzname', args)
        return _call_tzname(self._tzinfo, self)

    # Comparisons and hashing

    def _flipped_offset(self):
        flipped = _new_datetime(datetime, self._year, self._month, self._day, self._hour,
                                self._minute, self._second, self._microsecond,
                                self._tzinfo, 1 - self._fold)
        return flipped.utcoffset()

    def _pep495_unequal(self, other, off1, off2):
        # Aware times in a repeated hour whose offset depends on fold never
        # compare equal to another zone's (PEP 495).
        flipped = self._flipped_offset()
        if flipped is not off1 and flipped != off1:
            return True
        flipped = other._flipped_offset()
        return flipped is not off2 and flipped != off2

    def _cmp(self, other, op):
        # -1, 0 or 1; None for == and != between naive and aware.
        if not isinstance(other, date):
            return NotImplemented
        if not isinstance(other, datetime):
            if op in ('==', '!='):
                return None
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        if self._tzinfo is other._tzinfo:
            a, b = self._total_us(), other._total_us()
            return (a > b) - (a < b)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 is off2 or (off1 is not None and off2 is not None and off1 == off2):
            a, b = self._total_us(), other._total_us()
        elif off1 is not None and off2 is not None:
            a = self._total_us() - off1._us()
            b = other._total_us() - off2._us()
        elif op in ('==', '!='):
            return None
        else:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = (a > b) - (a < b)
        if diff == 0 and op in ('==', '!=') and off1 is not None:
            if self._pep495_unequal(other, off1, off2):
                return 1
        return diff

    def __hash__(self):
        if self._hashcode == -1:
            plain = self
            if self._fold:
                plain = _new_datetime(datetime, self._year, self._month, self._day,
                                      self._hour, self._minute, self._second,
                                      self._microsecond, self._tzinfo, 0)
            offset = plain.utcoffset()
            if offset is None:
                value = hash(plain._getstate(2)[0])
            else:
                days = _ordinal(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                value = hash(timedelta(days, seconds, self._microsecond) - offset)
            object.__setattr__(self, '_hashcode', value)
        return self._hashcode

    # Arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _from_us(type(self), self._total_us() + other._us(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                off1 = off2 = None
            else:
                off1 = self.utcoffset()
                off2 = other.utcoffset()
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff = self._total_us() - other._total_us()
            if off1 is not None and off1 != off2:
                diff -= off1._us() - off2._us()
            return _delta_from_us(timedelta, diff)
        if isinstance(other, timedelta):
            return _from_us(type(self), self._total_us() - other._us(), self._tzinfo)
        return NotImplemented

    # Pickling

    def _getstate(self, protocol):
        yhi, ylo = divmod(self._year, 256)
        us1, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us1, 256)
        month = self._month
        if self._fold and protocol > 3:
            month += 128
        state = bytes([yhi, ylo, month, self._day, self._hour, self._minute,
                       self._second, us1, us2, us3])
        if self._tzinfo is None:
            return (state,)
        return (state, self._tzinfo)




_OWN_TYPES.add(datetime)
datetime.__reduce_ex__ = time.__reduce_ex__   # both pickle their _getstate(protocol)
datetime.__reduce__ = time.__reduce__

date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = timedelta(days=1)
time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta(microseconds=1)
datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, timezone.utc, 0)
_EPOCH_NAIVE = _new_datetime(datetime, 1970, 1, 1, 0, 0, 0, 0, None, 0)

for _cls in (date, time, datetime, timedelta, timezone, tzinfo, IsoCalendarDate):
    _cls.__module__ = 'datetime'
    # Named as CPython's C types are: 'datetime.date' in messages, __name__ 'date'.
    _cls.__name__ = 'datetime.' + _cls.__qualname__
    # A qualname of its own, not the module's interned str (pickle's memo tells
    # them apart, as in CPython: module datetime, class datetime).
    _cls.__qualname__ = (_cls.__qualname__ + '.')[:-1]
del _cls
