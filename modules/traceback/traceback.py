"""Extract, format and print information about Python stack traces.

(gopy's implementation: the reports are those the interpreter prints for an uncaught
exception.)"""

import sys

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only',
           'format_list', 'format_tb', 'print_exc', 'print_exception', 'print_last',
           'print_tb', 'FrameSummary', 'StackSummary', 'extract_stack', 'format_stack',
           'print_stack', 'print_list', 'walk_stack', 'walk_tb', 'TracebackException']

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
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
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
            for name, value in sorted((frame.locals or {}).items()):
                row += '    %s = %s\n' % (name, value)
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


def walk_tb(tb):
    """Yield (frame, line number) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _limited(items, limit):
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


class TracebackException:
    """An exception made ready for printing: its text (and, with capture_locals, each
    frame's locals) is rendered when the object is made."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.exc_type = exc_type
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = extract_tb(exc_traceback, limit)
        if capture_locals:
            frames = _limited([f for f, _ in walk_tb(exc_traceback)], limit)
            for row, frame in zip(self.stack, frames):
                row.locals = {k: repr(v) for k, v in frame.f_locals.items()} or None
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        try:
            self._str = str(exc_value)
        except Exception:
            self._str = '<exception str() failed>'
        if exc_value is None:
            self._text = {True: ['NoneType: None\n'], False: ['NoneType: None\n']}
            self._only = ['NoneType: None\n']
        else:
            self._text = {chain: _chunks(exc_value, exc_traceback, limit, chain, capture_locals)
                          for chain in (True, False)}
            self._only = _exception_line(exc_value)
        nested = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                      max_group_width=max_group_width, max_group_depth=max_group_depth,
                      _seen=seen)
        cause = getattr(exc_value, '__cause__', None)
        self.__cause__ = None
        if cause is not None and id(cause) not in seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **nested)
        context = getattr(exc_value, '__context__', None)
        self.__context__ = None
        wanted = not compact or (self.__cause__ is None and not self.__suppress_context__)
        if context is not None and id(context) not in seen and wanted:
            self.__context__ = TracebackException(type(context), context,
                                                  context.__traceback__, **nested)
        self.exceptions = None
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(e), e, e.__traceback__, **nested)
                               for e in exc_value.exceptions]
        if isinstance(exc_value, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.end_lineno = None if exc_value.end_lineno is None else str(exc_value.end_lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of exc (with its traceback)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the lines of the exception's type and message (and notes)."""
        yield from self._only

    def format(self, *, chain=True):
        """Yield the report's lines, the chained exceptions' first when chain is true."""
        yield from self._text[bool(chain)]

    def print(self, *, file=None, chain=True):
        """Print the report to file (sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')
