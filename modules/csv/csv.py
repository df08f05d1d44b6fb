"""CSV files (comma-separated values): gopy's csv module over _csv.

reader() and writer() read and write records with a dialect (the quoting, delimiter and
escaping rules); DictReader and DictWriter map records to dicts; Sniffer guesses a
dialect from a sample."""

import re
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects, field_size_limit,
                  QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, __doc__)
from _csv import Dialect as _Dialect

from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """The options of a CSV format, as class attributes of a subclass (see excel)."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """The CSV files Excel writes."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Excel's tab-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The CSV files of UNIX tools: '\\n' line ends, every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Read records as dicts keyed by fieldnames (the first record when not given).

    Extra fields of a record go to a list under restkey; missing ones get restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # reads the header row
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:  # blank lines are skipped
            row = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, row))
        if len(names) < len(row):
            record[self.restkey] = row[len(names):]
        else:
            for name in names[len(row):]:
                record[name] = self.restval
        return record

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DictWriter:
    """Write dicts as records, fields in the order of fieldnames; missing keys get restval,
    unknown keys raise ValueError (extrasaction='raise') or are dropped ('ignore')."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(k) for k in unknown]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

    __class_getitem__ = classmethod(lambda cls, item: cls)


_QUOTED = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',  # ,".*?",
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',   # ".*?",
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',   # ,".*?"
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',                               # ".*?"
)


def _most(counts):
    """The key with the highest count (the first of equals, in insertion order)."""
    return max(counts, key=counts.get)


def _complex(text):
    """complex(text); gopy's complex() cannot parse strings yet, so plain and imaginary
    numbers are read through float() (sums like '1+2j' are not recognized)."""
    try:
        return complex(text)
    except TypeError:
        t = text.strip()
        if t[-1:] in ('j', 'J'):
            return complex(0, float(t[:-1] or '1'))
        return complex(float(t), 0)


def _skips_space(line, delim):
    return line.count(delim) == line.count(delim + ' ')


class Sniffer:
    """Guess the dialect of CSV data (sniff) and whether it starts with a header row
    (has_header), with CPython's heuristics."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass guessed from sample."""
        quote, doubled, delim, skip = self._guess_quote_and_delimiter(sample, delimiters)
        if not delim:
            delim, skip = self._guess_delimiter(sample, delimiters)
        if not delim:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doubled
        dialect.delimiter = delim
        dialect.quotechar = quote or '"'
        dialect.skipinitialspace = skip
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """From quoted fields: the quote is the character most often seen around them, the
        delimiter the one most often beside them."""
        for pattern in _QUOTED:
            rx = re.compile(pattern, re.DOTALL | re.MULTILINE)
            matches = rx.findall(data)
            if matches:
                break
        else:
            return ('', False, None, 0)
        where = rx.groupindex
        quotes, delims, spaced = {}, {}, 0
        for m in matches:
            q = m[where['quote'] - 1]
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' not in where:
                continue
            d = m[where['delim'] - 1]
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if 'space' in where and m[where['space'] - 1]:
                spaced += 1
        quote = _most(quotes)
        delim, skip = '', 0
        if delims:
            delim = _most(delims)
            skip = delims[delim] == spaced
            if delim == '\n':  # a single column
                delim = ''
        # Doubled quotes: a quoted field with the quote inside it.
        doubled_rx = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': re.escape(delim), 'quote': quote}, re.MULTILINE)
        return (quote, bool(doubled_rx.search(data)), delim, skip)

    def _guess_delimiter(self, data, delimiters):
        """Without quotes: the character whose count per line is the most regular over
        growing chunks of lines (how often its most frequent count occurs, less the
        other counts), preferring the usual delimiters among equals."""
        lines = [line for line in data.split('\n') if line]
        step = min(10, len(lines))
        histograms = {}  # character -> {count in a line: lines}
        modes = {}       # character -> (its most frequent count, weight)
        found = {}
        rounds = 0
        for lo in range(0, len(lines), step or 1):
            rounds += 1
            for line in lines[lo:lo + step]:
                for code in range(127):
                    c = chr(code)
                    hist = histograms.setdefault(c, {})
                    n = line.count(c)
                    hist[n] = hist.get(n, 0) + 1
            for c, hist in histograms.items():
                pairs = list(hist.items())
                if len(pairs) == 1:
                    if pairs[0][0] != 0:
                        modes[c] = pairs[0]
                    continue
                top = max(pairs, key=lambda p: p[1])
                modes[c] = (top[0], top[1] - sum(p[1] for p in pairs if p != top))
            total = float(min(step * rounds, len(lines)))
            level = 1.0
            while not found and level >= 0.9:
                for c, (count, weight) in modes.items():
                    if count > 0 and weight > 0 and weight / total >= level \
                            and (delimiters is None or c in delimiters):
                        found[c] = (count, weight)
                level -= 0.01
            if len(found) == 1:
                c = next(iter(found))
                return (c, _skips_space(lines[0], c))
        if not found:
            return ('', 0)
        if len(found) > 1:
            for c in self.preferred:
                if c in found:
                    return (c, _skips_space(lines[0], c))
        c = max((weight, c) for c, weight in found.items())[1]
        return (c, _skips_space(lines[0], c))

    def has_header(self, sample):
        """Guess whether sample starts with a header: in most columns its first row differs
        from the rest in type (a number or not) or in length."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))  # column -> complex, a length, or None
        for seen, row in enumerate(rows):
            if seen > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    _complex(row[col])
                    kind = _complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                    votes -= 1
                except (ValueError, TypeError):
                    votes += 1
        return votes > 0
