# gopy's logging.handlers: the rotating, watched, buffering and queue handlers and
# QueueListener, as CPython 3.11's behave. The network handlers (socket, datagram, syslog,
# SMTP, HTTP) are not here: gopy has no socket module yet.

import io
import os
import re
import time
import copy
import queue
import threading
import logging
from stat import ST_DEV, ST_INO, ST_MTIME

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that rolls the file over when shouldRollover() says so."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if callable(self.namer):
            return self.namer(default_name)
        return default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over when the file would pass maxBytes, keeping backupCount old files
    (name.1 the newest)."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            base = self.baseFilename
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename("%s.%d" % (base, i))
                newer = self.rotation_filename("%s.%d" % (base, i + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(base + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        # a path that exists but is no regular file (/dev/null...) never rolls over
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            text = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(text) >= self.maxBytes:
                return True
        return False


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over at intervals of seconds, minutes, hours, days, at midnight or on a
    weekday, naming old files with their period's time."""

    _units = {
        'S': (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
        'M': (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
        'H': (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
        'D': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
        'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
        'W': (_MIDNIGHT * 7, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    }

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        unit = self.when
        if unit.startswith('W'):
            if len(unit) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 (0 is Monday): %s" % self.when)
            if unit[1] < "0" or unit[1] > "6":
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(unit[1])
            unit = 'W'
        if unit not in self._units:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        seconds, self.suffix, ext = self._units[unit]
        self.extMatch = re.compile(ext, re.ASCII)
        self.interval = seconds * interval
        name = self.baseFilename
        start = int(os.stat(name)[ST_MTIME]) if os.path.exists(name) else int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def computeRollover(self, currentTime):
        result = currentTime + self.interval
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return result
        t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
        now = (t[3] * 60 + t[4]) * 60 + t[5]
        if self.atTime is None:
            at = 0
        else:
            at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = at - now
        if wait < 0:
            wait += _MIDNIGHT
            day = (t[6] + 1) % 7
        else:
            day = t[6]
        result = currentTime + wait
        if self.when.startswith('W'):
            ahead = self.dayOfWeek - day
            if ahead < 0:
                ahead += 7
            if ahead:
                result += ahead * _MIDNIGHT
        if not self.utc:
            then = time.localtime(result)[-1]
            if time.localtime(currentTime)[-1] != then:
                result += -3600 if not then else 3600
        return result

    def shouldRollover(self, record):
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        folder, base = os.path.split(self.baseFilename)
        prefix = base + "."
        old = []
        for name in os.listdir(folder):
            if name.startswith(prefix) and self.extMatch.match(name[len(prefix):]):
                old.append(os.path.join(folder, name))
        if len(old) <= self.backupCount:
            return []
        old.sort()
        return old[:len(old) - self.backupCount]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        now = int(time.time())
        start = self.rolloverAt - self.interval
        t = time.gmtime(start) if self.utc else time.localtime(start)
        if not self.utc:
            dst_now = time.localtime(now)[-1]
            if dst_now != t[-1]:
                t = time.localtime(start + (3600 if dst_now else -3600))
        target = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, t))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for name in self.getFilesToDelete():
                os.remove(name)
        if not self.delay:
            self.stream = self._open()
        later = self.computeRollover(now)
        while later <= now:
            later += self.interval
        self.rolloverAt = later


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when it was moved or removed (by logrotate) since the last record."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st[ST_DEV], st[ST_INO]

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is not None and st[ST_DEV] == self.dev and st[ST_INO] == self.ino:
            return
        if self.stream is not None:
            self.stream.flush()
            self.stream.close()
            self.stream = None
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in a buffer and flushes it when shouldFlush() says so."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the buffer is full or a
    record of flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts records on a queue (a multiprocessing one carries them to another process)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # merge message and arguments, and drop what may not pickle; a copy, so that the
        # other handlers still see the original
        text = self.format(record)
        record = copy.copy(record)
        record.message = text
        record.msg = text
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """A thread that takes records off a queue and gives them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        done = getattr(q, 'task_done', None)
        while True:
            try:
                record = self.dequeue(True)
            except queue.Empty:
                break
            if record is self._sentinel:
                if done is not None:
                    done()
                break
            self.handle(record)
            if done is not None:
                done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None
