

# --- date --------------------------------------------------------------------

def _new_date(cls, year, month, day):
    self = object.__new__(cls)
    object.__setattr__(self, '_year', year)
    object.__setattr__(self, '_month', month)
    object.__setattr__(self, '_day', day)
    object.__setattr__(self, '_hashcode', -1)
    return self


def _date_of(cls, year, month, day):
    # A date (or a datetime at midnight) of class cls: a subclass is called, so
    # its __new__ runs.
    if cls is date:
        _check_date(year, month, day)
        return _new_date(cls, year, month, day)
    if cls is datetime:
        _check_date(year, month, day)
        return _new_datetime(cls, year, month, day, 0, 0, 0, 0, None, 0)
    return cls(year, month, day)


def _date_state(state, size, sane_at):
    # The bytes of a pickled date, datetime or time given to the constructor
    # (or a str of them, from a Python 2 pickle), or None.
    if isinstance(state, str):
        if len(state) != size:
            return None
        try:
            state = state.encode('latin-1')
        except UnicodeEncodeError:
            raise ValueError('Failed to encode latin1 string when unpickling a '
                             '%s object. pickle.load(data, encoding=\'latin1\') '
                             'is assumed.' % ('time' if size == 6 else 'date'))
    if not isinstance(state, bytes) or len(state) != size:
        return None
    if sane_at is not None and not 1 <= (state[sane_at] & 0x7f) <= 12:
        return None
    return state


@_ordered
@_fields('year', 'month', 'day')
class date(object):
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kwargs):
        if len(args) == 1 and not kwargs:
            state = _date_state(args[0], 4, 2)
            if state is not None:
                return _new_date(cls, state[0] * 256 + state[1], state[2], state[3])
        if len(args) == 3 and not kwargs:
            year, month, day = _as_int(args[0]), _as_int(args[1]), _as_int(args[2])
        else:
            year, month, day = _parse(None, args, kwargs, ('year', 'month', 'day'), 3,
                                      None, _INT3)
        _check_date(year, month, day)
        return _new_date(cls, year, month, day)

    # Constructors

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """Create a date from a POSIX timestamp.

The timestamp is a number, e.g. created via time.time(), that is interpreted
as local time."""
        t, = _parse('fromtimestamp', args, kwargs, ('timestamp',), 1)
        seconds, _ = _timestamp_parts(t)
        y, m, d = _time.localtime(seconds)[:3]
        return _date_of(cls, y, m, d)

    @classmethod
    def today(cls, *args):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        _no_args(cls.__name__ + '.today', args)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _as_int(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _from_ordinal(n)
        return _date_of(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise _bad_iso(date_string)
        ymd = _parse_iso_date(date_string, len(date_string))
        if ymd is None:
            raise _bad_iso(date_string)
        return _date_of(cls, *ymd)

    @classmethod
    def fromisocalendar(cls, *args, **kwargs):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

This is the inverse of the date.isocalendar() function"""
        year, week, day = _parse('fromisocalendar', args, kwargs, ('year', 'week', 'day'), 3)
        year, week, day = _as_int(year), _as_int(week), _as_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        result = _iso_to_ymd(year, week, day)
        if result == -2:
            raise ValueError('Invalid week: %d' % week)
        if result == -3:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return _date_of(cls, *result)

    # Conversions

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self, *args):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        _no_args('date.isoformat', args)
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self, *args):
        """Return ctime() style string."""
        _no_args('date.ctime', args)
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, *args, **kwargs):
        """format -> strftime() style string."""
        fmt, = _parse('strftime', args, kwargs, ('format',), 1)
        return _wrap_strftime(fmt, self.timetuple(), None, None, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('__format__() argument 1 must be str, not %s'
                            % _c_name(type(fmt)))
        if not fmt:
            return str(self)
        return self.strftime(fmt)

    def timetuple(self, *args):
        """Return time tuple, compatible with time.localtime()."""
        _no_args('date.timetuple', args)
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(),
                                  _day_of_year(self._year, self._month, self._day), -1))

    def toordinal(self, *args):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        _no_args('date.toordinal', args)
        return _ordinal(self._year, self._month, self._day)

    def weekday(self, *args):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        _no_args('date.weekday', args)
        return (_ordinal(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self, *args):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        _no_args('date.isoweekday', args)
        return (_ordinal(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self, *args):
        """Return a named tuple containing ISO year, week number, and weekday."""
        _no_args('date.isocalendar', args)
        year = self._year
        n = _ordinal(year, self._month, self._day)
        week1 = _iso_week1_monday(year)
        if n < week1:
            year -= 1
            week1 = _iso_week1_monday(year)
        elif year < MAXYEAR and n >= _iso_week1_monday(year + 1):
            year += 1
            week1 = _iso_week1_monday(year)
        week, day = divmod(n - week1, 7)
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, *args, **kwargs):
        """Return date with new specified fields."""
        year, month, day = _parse('replace', args, kwargs, ('year', 'month', 'day'), 0)
        return date.__new__(type(self),
                            self._year if year is _MISSING else year,
                            self._month if month is _MISSING else month,
                            self._day if day is _MISSING else day)

    # Comparisons and hashing

    def _cmp(self, other, op):
        # A datetime compares with a date itself (its methods are reached when
        # a date's give up): a date and a datetime are never equal, nor ordered.
        if not isinstance(other, date) or isinstance(other, datetime):
            return NotImplemented
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return (a > b) - (a < b)

    def __hash__(self):
        if self._hashcode == -1:
            object.__setattr__(self, '_hashcode', hash(self._getstate()[0]))
        return self._hashcode

    # Arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other._days
            if 0 < n <= _MAX_ORDINAL:
                return _date_of(type(self), *_from_ordinal(n))
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() - other._days
            if 0 < n <= _MAX_ORDINAL:
                return _date_of(type(self), *_from_ordinal(n))
            raise OverflowError('date value out of range')
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta_from_us(timedelta, (self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    # Pickling

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return (bytes([yhi, ylo, self._month, self._day]),)

    def __reduce__(self):
        return (type(self), self._getstate())



def _ctime(y, m, d, hh, mm, ss):
    weekday = (_ordinal(y, m, d) + 6) % 7
    return '%s %s %2d %02d:%02d:%02d %04d' % (_DAY_NAMES[weekday], _MONTH_NAMES[m],
                                               d, hh, mm, ss, y)


_OWN_TYPES.add(date)
_INT3 = (_as_int, _as_int, _as_int)


class IsoCalendarDate(tuple):
    # A (year, week, weekday) tuple with names, as date.isocalendar() gives.

    def __new__(cls, *args, **kwargs):
        year, week, weekday = _parse('IsoCalendarDate', args, kwargs,
                                     ('year', 'week', 'weekday'), 3)
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % (_type_name(self), self[0], self[1], self[2]))


_OWN_TYPES.add(IsoCalendarDate)


# --- tzinfo ------------------------------------------------------------------

class tzinfo(object):
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        """datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"""
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        """datetime -> DST offset as timedelta positive east of UTC."""
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        offset = _call_offset(self, 'utcoffset', dt)
        if offset is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = _call_offset(self, 'dst', dt)
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        dt += offset - dst
        dst = _call_offset(self, 'dst', dt)
        if dst is None:
            raise ValueError('fromutc: tz.dst() gave inconsistent results; '
                             'cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs is not None else ()
        getstate = getattr(self, '__getstate__', None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, '__dict__', None) or None
        return (type(self), args, state)


_OWN_TYPES.add(tzinfo)
