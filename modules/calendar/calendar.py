"""Calendars as text and HTML, and the date arithmetic behind them.

Weeks begin on Monday unless told otherwise (setfirstweekday, or the firstweekday of a
Calendar object); weekday numbers run from 0 (Monday) to 6 (Sunday)."""

import sys
import datetime
import locale as _locale
from itertools import repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


January = 1
February = 2

# days in each month of a common year, index 0 unused
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


class _Names:
    """Month or weekday names as strftime gives them now (the LC_TIME locale may change
    between two lookups), indexed like a read-only list."""

    def __init__(self, fmt, dates, blank_first):
        self.format = fmt
        self._dates = dates
        self._blank = blank_first

    def _name(self, i):
        if self._blank:
            if i == 0:
                return ""
            i -= 1
        return self._dates[i].strftime(self.format)

    def __getitem__(self, i):
        # index a list of the positions, for a list's slicing and errors
        picked = list(range(len(self)))[i]
        if isinstance(picked, list):
            return [self._name(k) for k in picked]
        return self._name(picked)

    def __len__(self):
        return len(self._dates) + self._blank


class _localized_month(_Names):
    def __init__(self, format):
        super().__init__(format, [datetime.date(2001, m, 1) for m in range(1, 13)], True)


class _localized_day(_Names):
    def __init__(self, format):
        # 2001-01-01 was a Monday
        super().__init__(format, [datetime.date(2001, 1, d) for d in range(1, 8)], False)


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """True when year is a leap year of the Gregorian calendar."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    """The number of leap years from y1 up to, not including, y2 (y1 <= y2)."""
    def before(y):
        # leap years in [1, y], counted back through zero for y < 1
        return y // 4 - y // 100 + y // 400
    return before(y2 - 1) - before(y1 - 1)


def weekday(year, month, day):
    """The weekday (0 Monday ... 6 Sunday) of a date; years beyond datetime's range
    repeat the 400-year cycle."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).isoweekday() - 1


def _monthlen(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """(weekday of the first day, number of days) of a month."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _rows(items, n):
    return [items[k:k + n] for k in range(0, len(items), n)]


class Calendar(object):
    """The weeks of months and years as data, for the formatting subclasses."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers of a week, from the first weekday on."""
        first = self.firstweekday
        for k in range(7):
            yield (first + k) % 7

    def _padding(self, year, month):
        day1, ndays = monthrange(year, month)
        before = (day1 - self.firstweekday) % 7
        after = (self.firstweekday - day1 - ndays) % 7
        return before, ndays, after

    def itermonthdays(self, year, month):
        """Day numbers of the whole weeks of a month; 0 for days of other months."""
        before, ndays, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, ndays + 1)
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs, as itermonthdays with the weekdays."""
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        """(year, month, day) of every day of the whole weeks of a month, those of the
        neighbouring months included (beyond datetime's range too)."""
        before, ndays, after = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        last = _monthlen(py, pm)
        for d in range(last - before + 1, last + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) of every day of itermonthdays3."""
        wd = self.firstweekday
        for ymd in self.itermonthdays3(year, month):
            yield ymd + (wd % 7,)
            wd += 1

    def itermonthdates(self, year, month):
        """datetime.date of every day of the whole weeks of a month."""
        for ymd in self.itermonthdays3(year, month):
            yield datetime.date(*ymd)

    def monthdatescalendar(self, year, month):
        """A month as weeks of seven datetime.date values."""
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """A month as weeks of seven (day number, weekday) pairs."""
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """A month as weeks of seven day numbers (0 outside the month)."""
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """The months of a year (as monthdatescalendar) in rows of width months."""
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """The months of a year (as monthdays2calendar) in rows of width months."""
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """The months of a year (as monthdayscalendar) in rows of width months."""
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendars as plain text, laid out as the Unix cal program does."""

    def prweek(self, theweek, width):
        """Print one week, without a newline."""
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        """One day centred in width columns (blank outside the month)."""
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week of (day, weekday) pairs, without a newline."""
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        """A weekday's name cut to width and centred (full names from width 9)."""
        name = (day_name if width >= 9 else day_abbr)[day]
        return name[:width].center(width)

    def formatweekheader(self, width):
        """The weekday names of a week."""
        return ' '.join([self.formatweekday(d, width) for d in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """A month's name, with its year, centred in width columns."""
        text = month_name[themonth]
        if withyear:
            text = "%s %r" % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print a month."""
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as lines of text: name, weekday header, weeks."""
        w = max(w, 2)
        sep = '\n' * max(l, 1)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines += [self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line.rstrip() + sep for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text, m months side by side, c spaces apart."""
        w = max(w, 2)
        sep = '\n' * max(l, 1)
        c = max(c, 2)
        colwidth = 7 * (w + 1) - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), sep]
        header = self.formatweekheader(w)
        for r, row in enumerate(self.yeardays2calendar(theyear, m)):
            first = r * m + 1
            months = range(first, min(first + m, 13))
            out.append(sep)
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            out += [formatstring(names, colwidth, c).rstrip(), sep]
            out += [formatstring([header] * len(months), colwidth, c).rstrip(), sep]
            for j in range(max(len(weeks) for weeks in row)):
                cells = [self.formatweek(weeks[j], w) if j < len(weeks) else ''
                         for weeks in row]
                out += [formatstring(cells, colwidth, c).rstrip(), sep]
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print a year."""
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Calendars as HTML tables (and whole XHTML pages for a year)."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """One day as a table cell."""
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """One week as a table row."""
        return '<tr>%s</tr>' % ''.join([self.formatday(d, wd) for d, wd in theweek])

    def formatweekday(self, day):
        """A weekday's abbreviated name as a header cell."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """The weekday names as a table row."""
        return '<tr>%s</tr>' % ''.join([self.formatweekday(d) for d in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        """A month's name (and year) as a table row."""
        text = month_name[themonth]
        if withyear:
            text = '%s %s' % (text, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, text)

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as a table."""
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        parts += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        parts.append('</table>')
        return ''.join(p + '\n' for p in parts)

    def formatyear(self, theyear, width=3):
        """A year as a table of month tables, width months a row."""
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">\n' % self.cssclass_year,
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            out.append('<tr>')
            for m in range(first, min(first + width, 13)):
                out += ['<td>', self.formatmonth(theyear, m, withyear=False), '</td>']
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A year as a complete XHTML page, encoded (bytes)."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        head = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        head += ['<title>Calendar for %d</title>' % theyear, '</head>', '<body>']
        page = ''.join(h + '\n' for h in head) + self.formatyear(theyear, width) + '</body>\n</html>\n'
        return page.encode(encoding, "xmlcharrefreplace")


class different_locale:
    """A context in which LC_TIME is the given locale."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *exc):
        if self.oldlocale is not None:
            _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _get_default_locale():
    name = _locale.setlocale(_locale.LC_TIME, None)
    if name == "C":
        # LC_TIME was never set: the locale the environment asks for
        with different_locale(""):
            name = _locale.setlocale(_locale.LC_TIME, None)
    return name


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar whose month and weekday names are those of a locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return super().formatweekday(day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar whose month and weekday names are those of a locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


# the module-level functions are those of one shared TextCalendar
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print cols centred in columns of colwidth, spacing apart."""
    text = formatstring(cols, colwidth, spacing)
    print(text)


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """cols centred in columns of colwidth, joined by spacing spaces."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(1970, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the epoch of a UTC time tuple (year, month, day, hour, minute,
    second, ...), the inverse of time.gmtime."""
    y, mo, d, h, mi, s = tuple[:6]
    first = datetime.date(y, mo, 1).toordinal()
    return (((first - _EPOCH_ORD + d - 1) * 24 + h) * 60 + mi) * 60 + s


def main(args):
    import argparse
    parser = argparse.ArgumentParser()
    text = parser.add_argument_group('text only arguments')
    html = parser.add_argument_group('html only arguments')
    text.add_argument("-w", "--width", type=int, default=2,
                      help="width of date column (default 2)")
    text.add_argument("-l", "--lines", type=int, default=1,
                      help="number of lines for each week (default 1)")
    text.add_argument("-s", "--spacing", type=int, default=6,
                      help="spacing between months (default 6)")
    text.add_argument("-m", "--months", type=int, default=3,
                      help="months per row (default 3)")
    html.add_argument("-c", "--css", default="calendar.css",
                      help="CSS to use for page")
    parser.add_argument("-L", "--locale", default=None,
                        help="locale to use for month and weekday names")
    parser.add_argument("-e", "--encoding", default=None,
                        help="encoding to use for output")
    parser.add_argument("-t", "--type", default="text", choices=("text", "html"),
                        help="output type (text or html)")
    parser.add_argument("year", nargs='?', type=int, help="year number (1-9999)")
    parser.add_argument("month", nargs='?', type=int, help="month number (1-12, text only)")
    opts = parser.parse_args(args[1:])
    if opts.locale and not opts.encoding:
        parser.error("if --locale is specified --encoding is required")
    loc = opts.locale, opts.encoding
    year = datetime.date.today().year if opts.year is None else opts.year
    if opts.type == "html":
        cal = LocaleHTMLCalendar(locale=loc) if opts.locale else HTMLCalendar()
        if opts.month is not None:
            parser.error("incorrect number of arguments")
        encoding = opts.encoding or sys.getdefaultencoding()
        sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding, css=opts.css))
        return
    cal = LocaleTextCalendar(locale=loc) if opts.locale else TextCalendar()
    if opts.month is None:
        result = cal.formatyear(year, w=opts.width, l=opts.lines, c=opts.spacing, m=opts.months)
    else:
        result = cal.formatmonth(year, opts.month, w=opts.width, l=opts.lines)
    if opts.encoding:
        sys.stdout.buffer.write(result.encode(opts.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
