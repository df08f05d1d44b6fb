"""Extract, format and print information about Python stack traces.

(gopy's implementation: the reports are those the interpreter prints for an uncaught
exception.)"""

import sys

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only',
           'format_list', 'format_tb', 'print_exc', 'print_exception', 'print_last',
           'print_tb', 'FrameSummary', 'StackSummary', 'extract_stack', 'format_stack',
           'print_stack', 'print_list', 'walk_stack']

_sentinel = object()


def _normalize(exc, value, tb):
    """The (value, traceback) that the 3.10+ and the legacy signatures describe."""
    has_value = value is not _sentinel
    has_tb = tb is not _sentinel
    if has_value != has_tb:
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
    if value is None and exc is not None and isinstance(exc, type):
        value = exc()
    return value, tb


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information (a list of strings, each ending
    in a newline; some contain internal newlines)."""
    value, tb = _normalize(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    return _chunks(value, tb, limit, bool(chain))


def format_exception_only(exc, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _exception_line(value)


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    etype, evalue, etb = sys.exc_info()
    return "".join(format_exception(etype, evalue, etb, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    etype, evalue, etb = sys.exc_info()
    print_exception(etype, evalue, etb, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


class FrameSummary:
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_carets')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self._carets = ""  # the ~~^^ line under the source line, from a traceback

    @property
    def line(self):
        return self._line

    def _quad(self):
        # the legacy 4-tuple view: (filename, lineno, name, line)
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return self._quad() == other
        return NotImplemented

    def __getitem__(self, pos):
        return self._quad()[pos]

    def __iter__(self):
        return iter(list(self._quad()))

    def __len__(self):
        return 4

    def __repr__(self):
        where = (self.filename, self.lineno, self.name)
        return "<FrameSummary file %s, line %s in %s>" % where


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    def format(self):
        result = []
        for frame in self:
            row = '  File "%s", line %d, in %s\n' % (frame.filename, frame.lineno, frame.name)
            if frame.line:
                row += '    %s\n' % frame.line.strip()
                row += getattr(frame, '_carets', '')
            result.append(row)
        return result


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of pre-processed entries from a traceback."""
    rows = StackSummary()
    for f, n, name, line, carets in _entries(tb, limit):
        row = FrameSummary(f, n, name, line=line)
        row._carets = carets
        rows.append(row)
    return rows


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing."""
    summary = StackSummary()
    for item in extracted_list:
        if isinstance(item, FrameSummary):
            summary.append(item)
        else:
            filename, lineno, name, line = item
            summary.append(FrameSummary(filename, lineno, name, line=line))
    return summary.format()


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    summary = extract_tb(tb, limit=limit)
    return summary.format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def walk_stack(f):
    """Yield (frame, line number) from f outwards (from the caller's caller without f)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The frames from the outermost to f (the caller by default) as a StackSummary;
    limit keeps the innermost entries."""
    if f is None:
        f = sys._getframe().f_back
    import linecache
    rows = []
    for frame, lineno in walk_stack(f):
        if limit is not None and len(rows) >= limit:
            break
        code = frame.f_code
        line = linecache.getline(code.co_filename, lineno).strip()
        rows.append(FrameSummary(code.co_filename, lineno, code.co_name, line=line))
    rows.reverse()
    return StackSummary(rows)


def format_stack(f=None, limit=None):
    """extract_stack's entries as text, one string per frame."""
    if f is None:
        f = sys._getframe().f_back
    summary = extract_stack(f, limit=limit)
    return format_list(summary)


def print_stack(f=None, limit=None, file=None):
    """Print the stack from the outermost frame to f (the caller by default)."""
    if f is None:
        f = sys._getframe().f_back
    summary = extract_stack(f, limit=limit)
    print_list(summary, file=file)


def print_list(extracted_list, file=None):
    """Print what format_list gives for the entries."""
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")
