"""strptime for gopy's time and datetime modules.

A format becomes a regular expression, one named group per directive (the C
locale's names, case-insensitive), matched against the whole string; the
groups are then turned into a date, a time and an optional UTC offset, with
CPython's rules and messages.
"""

import re as _re
import time as _time
from datetime import date as _date, timedelta as _timedelta, timezone as _timezone

__all__ = []

_WEEKDAYS = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday',
             'saturday', 'sunday')
_MONTHS = ('january', 'february', 'march', 'april', 'may', 'june', 'july',
           'august', 'september', 'october', 'november', 'december')


class LocaleTime(object):
    """The names and formats of the C locale, and the local zone's names."""

    def __init__(self):
        self.lang = (None, None)
        self.f_weekday = list(_WEEKDAYS)
        self.a_weekday = [name[:3] for name in _WEEKDAYS]
        self.f_month = [''] + list(_MONTHS)
        self.a_month = [''] + [name[:3] for name in _MONTHS]
        self.am_pm = ['am', 'pm']
        self.LC_date_time = '%a %b %d %H:%M:%S %Y'
        self.LC_date = '%m/%d/%y'
        self.LC_time = '%H:%M:%S'
        self.tzname = _time.tzname
        self.daylight = _time.daylight
        standard = {'utc', 'gmt', self.tzname[0].lower()}
        summer = {self.tzname[1].lower()} if self.daylight else set()
        self.timezone = (frozenset(standard), frozenset(summer))


def _alternatives(names, group):
    # Longest names first, so that a name is not matched by its prefix.
    names = sorted(names, key=len, reverse=True)
    if not any(names):
        return ''
    return '(?P<%s>%s)' % (group, '|'.join(_re.escape(n) for n in names))


class TimeRE(dict):
    """The regular expression of each directive."""

    def __init__(self, locale_time=None):
        self.locale_time = locale_time = locale_time or LocaleTime()
        super().__init__({
            'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
            'f': r"(?P<f>[0-9]{1,6})",
            'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
            'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
            'G': r"(?P<G>\d\d\d\d)",
            'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
            'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
            'M': r"(?P<M>[0-5]\d|\d)",
            'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
            'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
            'W': r"(?P<W>5[0-3]|[0-4]\d|\d)",
            'w': r"(?P<w>[0-6])",
            'u': r"(?P<u>[1-7])",
            'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
            'y': r"(?P<y>\d\d)",
            'Y': r"(?P<Y>\d\d\d\d)",
            'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
            'A': _alternatives(locale_time.f_weekday, 'A'),
            'a': _alternatives(locale_time.a_weekday, 'a'),
            'B': _alternatives(locale_time.f_month[1:], 'B'),
            'b': _alternatives(locale_time.a_month[1:], 'b'),
            'p': _alternatives(locale_time.am_pm, 'p'),
            'Z': _alternatives([name for names in locale_time.timezone for name in names], 'Z'),
            '%': '%',
        })
        self['c'] = self.pattern(locale_time.LC_date_time)
        self['x'] = self.pattern(locale_time.LC_date)
        self['X'] = self.pattern(locale_time.LC_time)

    def pattern(self, format):
        """Return the regular expression (a str) of the format."""
        format = _re.sub(r"([\\.^$*+?\(\){}\[\]|])", r"\\\1", format)
        format = _re.sub(r'\s+', r'\\s+', format)
        pieces = []
        while True:
            percent = format.find('%')
            if percent < 0:
                break
            pieces.append(format[:percent])
            pieces.append(self[format[percent + 1]])
            format = format[percent + 2:]
        pieces.append(format)
        return ''.join(pieces)

    def compile(self, format):
        """Return the compiled regular expression of the format."""
        return _re.compile(self.pattern(format), _re.IGNORECASE)


_cache = {'time_re': None, 'regexes': {}}
_CACHE_MAX_SIZE = 5


def _regex_for(format):
    time_re = _cache['time_re']
    if (time_re is None or time_re.locale_time.tzname != _time.tzname
            or time_re.locale_time.daylight != _time.daylight):
        time_re = _cache['time_re'] = TimeRE()
        _cache['regexes'] = {}
    regexes = _cache['regexes']
    regex = regexes.get(format)
    if regex is None:
        if len(regexes) >= _CACHE_MAX_SIZE:
            regexes.clear()
        try:
            regex = time_re.compile(format)
        except KeyError as err:
            directive = err.args[0]
            if directive == '\\':
                directive = '%'
            raise ValueError("'%s' is a bad directive in format '%s'"
                             % (directive, format)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % format) from None
        regexes[format] = regex
    return time_re, regex


def _julian_from_week(year, week, weekday, monday_first):
    # Day of the year of weekday (Monday 0) in week number `week` of %U
    # (weeks from Sunday) or %W (weeks from Monday); week 0 is the days
    # before the first such day.
    first = _date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    # The (year, day of the year) of an ISO year, week and weekday (Monday 1).
    day = 7 * iso_week + iso_weekday - (_date(iso_year, 1, 4).isoweekday() + 3)
    if day < 1:
        day += _date(iso_year, 1, 1).toordinal()
        iso_year -= 1
        day -= _date(iso_year, 1, 1).toordinal()
    return iso_year, day


def _parse_offset(text):
    # '+hh[:]mm[[:]ss[.ffffff]]' or 'Z' -> (seconds, microseconds)
    if text == 'Z':
        return 0, 0
    z = text
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f"Inconsistent use of : in {text}")
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    micro = int((z[8:] + '000000')[:6])
    if z.startswith('-'):
        return -seconds, -micro
    return seconds, micro


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return ((year, month, day, hour, minute, second, weekday, julian, isdst,
    tzname, gmtoff), microseconds, gmtoff microseconds) for the string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}"
                            .format(index, type(arg)))
    time_re, regex = _regex_for(format)
    locale_time = time_re.locale_time
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r"
                         % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s"
                         % data_string[found.end():])

    year = iso_year = iso_week = week = week_monday = weekday = julian = None
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    groups = found.groupdict()
    for key, text in groups.items():
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = locale_time.f_month.index(text.lower())
        elif key == 'b':
            month = locale_time.a_month.index(text.lower())
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            half = groups.get('p', '').lower()
            if half in ('', locale_time.am_pm[0]):
                if hour == 12:
                    hour = 0
            elif half == locale_time.am_pm[1] and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int((text + '00000')[:6])
        elif key == 'A':
            weekday = locale_time.f_weekday.index(text.lower())
        elif key == 'a':
            weekday = locale_time.a_weekday.index(text.lower())
        elif key == 'w':
            weekday = (int(text) + 6) % 7
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key in ('U', 'W'):
            week = int(text)
            week_monday = key == 'W'
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _parse_offset(text)
        elif key == 'Z':
            zone = text.lower()
            for value, names in enumerate(locale_time.timezone):
                if zone in names:
                    ambiguous = (_time.tzname[0] == _time.tzname[1]
                                 and _time.daylight and zone not in ('utc', 'gmt'))
                    if not ambiguous:
                        isdst = value
                    break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")

    # 29 February without a year: computed in a leap year, reported in 1900.
    leap_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fix else 1900

    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, week_monday)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _date(year, 12, 31).timetuple().tm_yday == 366 else 365

    if julian is None:
        julian = _date(year, month, day).toordinal() - _date(year, 1, 1).toordinal() + 1
    else:
        moved = _date.fromordinal(julian - 1 + _date(year, 1, 1).toordinal())
        year, month, day = moved.year, moved.month, moved.day
    if weekday is None:
        weekday = _date(year, month, day).weekday()
    if leap_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst,
             groups.get('Z'), gmtoff), fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: the result as a struct_time."""
    fields = _strptime(data_string, format)[0]
    return _time.struct_time(fields[:_time._STRUCT_TM_ITEMS])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime (and date/time subclasses): an instance of cls."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    zone, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        offset = _timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (_timezone(offset, zone) if zone else _timezone(offset),)
    return cls(*args)
