# gopy's logging package, part 1 of 3 (records.py, handler.py and loggers.py are
# concatenated into the module): levels, LogRecord, the three format styles, Formatter
# and filters. CPython 3.11's logging is the specification; the code is gopy's own.

import sys
import os
import time
import io
import re
import traceback
import warnings
import weakref
import threading
from string import Template
from string import Formatter as _StrFormatter
from types import GenericAlias
from collections.abc import Mapping as _Mapping

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

# a package (logging.handlers and logging.config are its submodules), with no directory
__path__ = []

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

# the time the module was imported: LogRecord.relativeCreated counts from it
_startTime = time.time()

# switches a program may turn off
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {}
_nameToLevel = {}
for _name, _value in (('CRITICAL', CRITICAL), ('ERROR', ERROR), ('WARNING', WARNING),
                      ('INFO', INFO), ('DEBUG', DEBUG), ('NOTSET', NOTSET)):
    _levelToName[_value] = _name
    _nameToLevel[_name] = _value
_nameToLevel['FATAL'] = FATAL
_nameToLevel['WARN'] = WARNING
del _name, _value


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """Return the name of a level number, the number of a level name, or 'Level %s'."""
    found = _levelToName.get(level)
    if found is not None:
        return found
    found = _nameToLevel.get(level)
    if found is not None:
        return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Give a level number a name (used when records are formatted)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


# the frames findCaller passes over: this module's own
_srcfile = os.path.normcase(getLevelName.__code__.co_filename)


def currentframe():
    return sys._getframe(1)


def _is_internal_frame(frame):
    name = os.path.normcase(frame.f_code.co_filename)
    if name == _srcfile:
        return True
    return "importlib" in name and "_bootstrap" in name


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# one re-entrant lock guards the module's shared state (handler registry, manager)
_lock = threading.RLock()


def _acquireLock():
    if _lock:
        _lock.acquire()


def _releaseLock():
    if _lock:
        _lock.release()


def _register_at_fork_reinit_lock(instance):
    pass


class LogRecord(object):
    """Everything known about one logged event; its attributes feed the formats."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # log("%(a)s", {"a": 1}): a lone mapping argument is the mapping itself
        if args and len(args) == 1 and isinstance(args[0], _Mapping) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            base = os.path.basename(pathname)
            stem = os.path.splitext(base)[0]
        except (AttributeError, TypeError, ValueError):
            base, stem = pathname, "Unknown module"
        self.filename = base
        self.module = stem
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            current = threading.current_thread()
            self.threadName = current.name
        else:
            self.thread = None
            self.threadName = None
        if logMultiprocessing:
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    proc = mp.current_process()
                    self.processName = proc.name
                except Exception:
                    pass
        else:
            self.processName = None
        self.process = None
        if logProcesses and hasattr(os, 'getpid'):
            self.process = os.getpid()

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with the arguments merged in."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A LogRecord whose attributes are the items of dict (records sent over a wire)."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---- format styles --------------------------------------------------------------------

class PercentStyle(object):

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = re.compile(
        r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.IGNORECASE)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    fmt_spec = re.compile(
        r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', re.IGNORECASE)
    field_spec = re.compile(
        r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        names = set()
        try:
            for _, name, spec, conversion in _StrFormatter().parse(self._fmt):
                if name:
                    if not self.field_spec.match(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    names.add(name)
                if conversion and conversion not in ('r', 's', 'a'):
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and self.fmt_spec.match(spec) is None:
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not names:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return self._fmt.find('$asctime') >= 0 or self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        names = set()
        for m in Template.pattern.finditer(self._fmt):
            found = m.groupdict()
            if found['named']:
                names.add(found['named'])
            elif found['braced']:
                names.add(found['braced'])
            elif m.group(0) == '$':
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not names:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter(object):
    """Turns a LogRecord into text with a format in one of the three styles."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        style_class = _STYLES[style][0]
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        t = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, t)
        text = time.strftime(self.default_time_format, t)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        buf = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buf)
        text = buf.getvalue()
        buf.close()
        if text.endswith("\n"):
            text = text[:-1]
        return text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            stamp = self.formatTime(record, self.datefmt)
            record.asctime = stamp
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            rendered = self.formatException(record.exc_info)
            record.exc_text = rendered
        for extra in (record.exc_text, record.stack_info and self.formatStack(record.stack_info)):
            if extra:
                if not text.endswith("\n"):
                    text += "\n"
                text += extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record with linefmt, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        parts = [self.formatHeader(records)]
        parts.extend(self.linefmt.format(r) for r in records)
        parts.append(self.formatFooter(records))
        return "".join(parts)


# ---- filters --------------------------------------------------------------------------

class Filter(object):
    """Lets through the records of one logger and the loggers below it."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """The filter list loggers and handlers share."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            if not check(record):
                return False
        return True
