"""Fast implementation of the datetime type."""

# gopy's datetime module, written for gopy with CPython 3.11's C implementation
# (_datetime) as the specification of its behaviour: the same results, reprs,
# error messages, hashes and pickles.  The module is this file followed by
# timedelta.py, date.py, time.py, timezone.py and datetime_type.py (one
# namespace); the local time zone comes from the time module.

import time as _time
import math as _math
import sys
from operator import attrgetter as _attrgetter

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059          # date.max.toordinal()
_MAX_DELTA_DAYS = 999999999
_US_PER_DAY = 86400000000
_EPOCH_SECONDS = 719163 * 86400  # 1970-01-01 counted from 0001-01-01 (day 1)
_MAX_FOLD_SECONDS = 86400
_LONG_MAX = 2 ** 63 - 1         # C's long (and time_t)
_LONG_MIN = -_LONG_MAX - 1

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE = [0]
for _n in _MONTH_DAYS[1:]:
    _DAYS_BEFORE.append(_DAYS_BEFORE[-1] + _n)
del _n
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                'Sep', 'Oct', 'Nov', 'Dec')


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_length(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_DAYS[m]


def _day_of_year(y, m, d):
    # 1-based day of the year
    return _DAYS_BEFORE[m - 1] + (m > 2 and _leap(y)) + d


def _ordinal(y, m, d):
    # Days since 0000-12-31 of the proleptic Gregorian calendar (0001-01-01 is 1).
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _day_of_year(y, m, d)


def _from_ordinal(n):
    # (year, month, day) of an ordinal: whole 400, 100, 4 and 1 year cycles.
    n -= 1
    cycles400, n = divmod(n, 146097)
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    years, n = divmod(n, 365)
    year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if years == 4 or cycles100 == 4:
        return year - 1, 12, 31
    leap = years == 3 and (cycles4 != 24 or cycles100 == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE[month - 1] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _MONTH_DAYS[month] + (month == 2 and leap)
    return year, month, n - before + 1


def _iso_week1_monday(year):
    # Ordinal of the Monday of ISO week 1 of the year (the week with January 4).
    jan4 = _ordinal(year, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _c_round(x):
    # C's round(): halfway cases away from zero.
    whole = _math.floor(abs(x))
    if abs(x) - whole >= 0.5:
        whole += 1
    return _math.copysign(whole, x)


def _divide_nearest(m, n):
    # m / n rounded to the nearest integer, halfway cases to even.
    q, r = divmod(m, n)
    twice = 2 * r
    if (twice > n if n > 0 else twice < n) or (twice == n and q & 1):
        q += 1
    return q


def _type_name(obj):
    # How CPython's C types name the type of obj in reprs and messages:
    # 'datetime.date' for its own types, the bare class name for subclasses.
    cls = type(obj)
    if cls in _OWN_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _c_name(cls):
    # The type's C name as in messages about arguments ('datetime.date', 'int',
    # and 'None' for None).
    if cls is type(None):
        return 'None'
    if cls.__module__ in ('builtins', None):
        return cls.__name__
    if cls in _OWN_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__name__


_OWN_TYPES = set()
_MISSING = object()


def _parse(fname, args, kwargs, names, required, positional=None, convert=None):
    # The arguments of a C function parsed as PyArg_ParseTupleAndKeywords does,
    # with its messages: a list of values, _MISSING for absent optional ones.
    # fname is None for constructors (messages say "function").  convert, if
    # given, converts the first len(convert) arguments in turn, so that a bad
    # first argument is reported before a missing second one.
    nargs = len(args)
    nkw = len(kwargs)
    total = nargs + nkw
    who = 'function' if fname is None else fname + '()'
    if total > len(names):
        raise TypeError('%s takes at most %d %sargument%s (%d given)'
                        % (who, len(names), 'keyword ' if nargs == 0 else '',
                           '' if len(names) == 1 else 's', total))
    if positional is not None and nargs > positional:
        raise TypeError('%s takes at most %d positional argument%s (%d given)'
                        % (who, positional, '' if positional == 1 else 's', nargs))
    values = []
    left = nkw
    for i, name in enumerate(names):
        if i < nargs:
            value = args[i]
        elif left and name in kwargs:
            value = kwargs[name]
            left -= 1
        else:
            value = _MISSING
        if value is not _MISSING:
            if convert is not None and i < len(convert):
                value = convert[i](value)
            values.append(value)
        elif i < required:
            raise TypeError("%s missing required argument '%s' (pos %d)"
                            % (who, name, i + 1))
        else:
            values.append(_MISSING)
    if left:
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s given by name ('%s') and "
                                "position (%d)" % (who, names[i], i + 1))
        for key in kwargs:
            if key not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s"
                                % (key, 'this function' if fname is None else who))
    return values


def _ordered(cls):
    # The six rich comparisons of a class, from its _cmp(other, op): -1, 0 or 1,
    # None where == and != hold between values that cannot be ordered, or
    # NotImplemented.
    for name, test in (('__eq__', _eq), ('__ne__', _ne), ('__lt__', _lt),
                       ('__le__', _le), ('__gt__', _gt), ('__ge__', _ge)):
        setattr(cls, name, test)
    return cls


def _eq(self, other):
    c = self._cmp(other, '==')
    return c if c is NotImplemented else c == 0


def _ne(self, other):
    c = self._cmp(other, '!=')
    return c if c is NotImplemented else c != 0


def _lt(self, other):
    c = self._cmp(other, '<')
    return c if c is NotImplemented else c < 0


def _le(self, other):
    c = self._cmp(other, '<=')
    return c if c is NotImplemented else c <= 0


def _gt(self, other):
    c = self._cmp(other, '>')
    return c if c is NotImplemented else c > 0


def _ge(self, other):
    c = self._cmp(other, '>=')
    return c if c is NotImplemented else c >= 0


def _fields(*names, message=None):
    # Class decorator: read-only attributes kept in slots named _name, and
    # CPython's errors for assignments to instances (message, if given, is the
    # one for the fields; else "attribute 'x' of 'datetime.X' objects is not
    # writable").
    def decorate(cls):
        for name in names:
            setattr(cls, name, property(_attrgetter('_' + name)))
        _FIELDS[cls] = (names, message)
        cls.__setattr__ = _setattr
        cls.__delattr__ = _delattr
        return cls
    return decorate


_FIELDS = {}   # the read-only attributes of the module's types, and their message


def _readonly(obj, name):
    # The AttributeError for assigning or deleting name, or None when obj (an
    # instance of a subclass, which has a __dict__) takes it.
    for base in type(obj).__mro__:
        if base in _FIELDS:
            names, message = _FIELDS[base]
            if name in names:
                return AttributeError(message or "attribute '%s' of 'datetime.%s' "
                                      "objects is not writable" % (name, base.__qualname__))
            break
    if type(obj) in _OWN_TYPES:
        return AttributeError("'%s' object has no attribute '%s'" % (_type_name(obj), name))
    return None


def _setattr(self, name, value):
    error = _readonly(self, name)
    if error is not None:
        raise error
    object.__setattr__(self, name, value)


def _delattr(self, name):
    error = _readonly(self, name)
    if error is not None:
        raise error
    object.__delattr__(self, name)


def _no_args(name, args):
    if args:
        raise TypeError('%s() takes no arguments (%d given)' % (name, len(args)))


def _as_int(value):
    # A C int argument ("i"): ints and objects with __index__, not floats.
    if type(value) is int:
        if -2147483648 <= value <= 2147483647:
            return value
    elif isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    else:
        value = _index(value)
    if value > _LONG_MAX or value < _LONG_MIN:
        raise OverflowError('Python int too large to convert to C long')
    if value > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    if value < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    return value


def _index(value):
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _check_date(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _month_length(year, month):
        raise ValueError('day is out of range for month')


def _check_time(hour, minute, second, microsecond, fold):
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')


def _state_tzinfo(args):
    # The tzinfo after a pickled state.
    tz = args[1] if len(args) == 2 else None
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('bad tzinfo state arg')
    return tz


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % _c_name(type(tz)))


def _check_offset(offset, what):
    # A utcoffset() or dst() result: None or a timedelta within a day.
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, _c_name(type(offset))))
    if not -_US_PER_DAY < offset._us() < _US_PER_DAY:
        raise ValueError('offset must be a timedelta strictly between '
                         '-timedelta(hours=24) and timedelta(hours=24).')
    return offset


def _call_offset(tz, what, arg):
    if tz is None:
        return None
    return _check_offset(getattr(tz, what)(arg), what)


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _c_name(type(name)))
    return name


def _format_offset(offset, sep):
    # "+HH:MM[:SS[.ffffff]]" (sep ':'), or without separators for %z.
    if offset is None:
        return ''
    us = offset._us()
    sign = '+'
    if us < 0:
        sign = '-'
        us = -us
    seconds, us = divmod(us, 1000000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = '%s%02d%s%02d' % (sign, hours, sep, minutes)
    if seconds or us:
        text += '%s%02d' % (sep, seconds)
        if us:
            text += '.%06d' % us
    return text


def _format_time(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, m)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, m, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, m, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, m, s, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(fmt, timetuple, tz, tzarg, microsecond):
    # %z, %Z and %f are done here (from tz.utcoffset(tzarg), tz.tzname(tzarg)
    # and the microseconds), everything else by time.strftime.
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s'
                        % _c_name(type(fmt)))
    zrepl = Zrepl = frepl = None
    parts = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            parts.append(ch)
            continue
        if i == n:
            parts.append('%')
            break
        ch = fmt[i]
        i += 1
        if ch == 'z':
            if zrepl is None:
                offset = _call_offset(tz, 'utcoffset', tzarg)
                zrepl = _format_offset(offset, '').replace('%', '%%')
            parts.append(zrepl)
        elif ch == 'Z':
            if Zrepl is None:
                name = _call_tzname(tz, tzarg)
                Zrepl = '' if name is None else name.replace('%', '%%')
            parts.append(Zrepl)
        elif ch == 'f':
            if frepl is None:
                frepl = '%06d' % microsecond
            parts.append(frepl)
        else:
            parts.append('%')
            parts.append(ch)
    return _time.strftime(''.join(parts), timetuple)


def _digits(s, pos, n):
    # The number made of exactly n ASCII digits at s[pos:], or None.
    if pos < 0 or pos + n > len(s):
        return None
    value = 0
    for c in s[pos:pos + n]:
        if not '0' <= c <= '9':
            return None
        value = value * 10 + ord(c) - 48
    return value


def _iso_to_ymd(year, week, day):
    # (year, month, day) of an ISO calendar date, or an error code: -2 for
    # the week, -3 for the day.
    if not 0 < week < 53:
        ok = False
        if week == 53:
            first = (_ordinal(year, 1, 1) + 6) % 7
            ok = first == 3 or (first == 2 and _leap(year))
        if not ok:
            return -2
    if not 0 < day < 8:
        return -3
    return _from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


def _parse_iso_date(s, end):
    # s[:end] as YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]; None if bad.
    year = _digits(s, 0, 4)
    if year is None:
        return None
    pos = 4
    dash = pos < len(s) and s[pos] == '-'
    pos += dash
    if pos < len(s) and s[pos] == 'W':
        week = _digits(s, pos + 1, 2)
        if week is None:
            return None
        pos += 3
        day = 1
        if pos < end:
            day = _next_digits(s, pos, 1, dash)
            if day is None:
                return None
        result = _iso_to_ymd(year, week, day)
        if isinstance(result, int):
            return None
        return result
    month = _digits(s, pos, 2)
    day = _next_digits(s, pos + 2, 2, dash)
    if month is None or day is None:
        return None
    return year, month, day


def _next_digits(s, pos, n, dash):
    # n digits at pos, after a '-' there when the string uses dashes.
    if dash:
        if s[pos:pos + 1] != '-':
            return None
        pos += 1
    return _digits(s, pos, n)


def _parse_hms(s, start, end):
    # HH[:?MM[:?SS]][{.,}fraction] in s[start:end] -> (h, m, s, us, rest) where
    # rest is 0 for the whole string used, 1 for characters left, or None.
    values = [0, 0, 0]
    pos = start
    colons = True
    for i in range(3):
        v = _digits(s, pos, 2)
        if v is None or pos + 2 > end:
            return None
        values[i] = v
        pos += 2
        c = s[pos] if pos < len(s) else ''
        pos += 1
        if i == 0:
            colons = c == ':'
        if pos >= end:
            return values + [0, int(c != '')]
        if colons and c == ':':
            continue
        if c in ('.', ','):
            break
        if colons:
            return None
        pos -= 1
    count = min(end - pos, 6)
    if count <= 0:
        return None
    us = _digits(s, pos, count)
    if us is None:
        return None
    us *= 10 ** (6 - count)
    pos += count
    while pos < len(s) and '0' <= s[pos] <= '9':
        pos += 1
    return values + [us, int(pos < len(s))]


def _parse_iso_time(s, start):
    # s[start:] as a time with an optional offset: (h, m, s, us, tz), tz being
    # None, or (seconds, microseconds) of the offset; None if malformed.
    end = len(s)
    tzpos = start
    while tzpos < end and s[tzpos] not in 'Z+-':
        tzpos += 1
    parsed = _parse_hms(s, start, tzpos)
    if parsed is None:
        return None
    h, m, sec, us, rest = parsed
    if tzpos == end:
        if rest:
            return None
        return h, m, sec, us, None
    if s[tzpos] == 'Z':
        if tzpos + 1 != end:
            return None
        return h, m, sec, us, (0, 0)
    sign = -1 if s[tzpos] == '-' else 1
    tz = _parse_hms(s, tzpos + 1, end)
    if tz is None or tz[4]:
        return None
    return h, m, sec, us, (sign * (tz[0] * 3600 + tz[1] * 60 + tz[2]), sign * tz[3])


def _tz_from_iso(tz):
    if tz is None:
        return None
    seconds, us = tz
    if seconds == 0:
        return timezone.utc
    return timezone(timedelta(0, seconds, us))


def _datetime_separator(s):
    # Where the time starts in an ISO datetime string (CPython's rules for
    # telling the date formats apart).
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] == 'W':
            if n < 8:
                return -1
            if n > 8 and s[8] == '-':
                if n == 9:
                    return -1
                if n > 10 and '0' <= s[10] <= '9':
                    return 8
                return 10
            return 8
        return 10
    if s[4] == 'W':
        idx = 7
        while idx < n and '0' <= s[idx] <= '9':
            idx += 1
        if idx < 9:
            return idx
        return 7 if idx % 2 == 0 else 8
    return 8


def _bad_iso(s):
    return ValueError('Invalid isoformat string: %r' % (s,))


def _local(u):
    # Local wall time of the POSIX instant u, counted in seconds from
    # 0001-01-01 as utc seconds are.
    y, m, d, hh, mm, ss = _time.localtime(u)[:6]
    return ((_ordinal(y, m, d) * 24 + hh) * 60 + mm) * 60 + ss


def _local_to_seconds(y, m, d, hh, mm, ss, fold):
    # The POSIX instant + _EPOCH_SECONDS whose local wall time is the given
    # one, choosing by fold in repeated and skipped hours (CPython's method).
    t = ((_ordinal(y, m, d) * 24 + hh) * 60 + mm) * 60 + ss
    a = _local(t - _EPOCH_SECONDS) - t
    u1 = t - a
    t1 = _local(u1 - _EPOCH_SECONDS)
    if t1 == t:
        u2 = u1 + (_MAX_FOLD_SECONDS if fold else -_MAX_FOLD_SECONDS)
        b = _local(u2 - _EPOCH_SECONDS) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local(u2 - _EPOCH_SECONDS)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _local_timezone(timestamp):
    # The local zone at a POSIX instant, as a fixed-offset timezone.
    local = _time.localtime(timestamp)
    return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)


def _timestamp_parts(t):
    # A timestamp as (seconds, microseconds), microseconds rounded half to even.
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1
        elif us < 0:
            us += 1000000
            whole -= 1
        if not -9.223372036854776e18 <= whole < 9.223372036854776e18:
            raise OverflowError('timestamp out of range for platform time_t')
        return int(whole), int(us)
    t = _index(t)
    if not _LONG_MIN <= t <= _LONG_MAX:
        raise OverflowError('timestamp out of range for platform time_t')
    return t, 0
