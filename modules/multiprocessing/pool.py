# multiprocessing.pool for gopy, written for gopy: a pool of worker processes.
#
# The behaviour (names, messages, chunking, the order results come back in) follows
# CPython 3.11's Lib/multiprocessing/pool.py; the code is our own. Three daemon threads
# serve a pool, as in CPython: the task handler pickles tasks into the workers' input
# queue, the result handler reads the output queue and completes AsyncResult objects, and
# the worker handler replaces workers that exited (maxtasksperchild).

import itertools
import os
import queue
import threading
import weakref

import multiprocessing
from multiprocessing import TimeoutError

__all__ = ['Pool', 'ThreadPool']

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

_job_ids = [0]
_job_lock = threading.Lock()


def _next_job():
    with _job_lock:
        job = _job_ids[0]
        _job_ids[0] = job + 1
    return job


def mapstar(args):
    # map and itertools.starmap call func from Go, so a worker's traceback shows no frame
    # between mapstar and func, as CPython's (a comprehension would add one).
    func, chunk = args
    return list(map(func, chunk))


def starmapstar(args):
    func, chunk = args
    width = len(chunk[0]) if chunk and type(chunk[0]) is tuple else 0
    if width and all(type(x) is tuple and len(x) == width for x in chunk):
        # tuples of one length (the usual case): map calls func from Go, no frame between
        return list(map(func, *zip(*chunk)))
    return [func(*x) for x in chunk]


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, as text (its __cause__)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class ExceptionWithTraceback:
    """An exception and its worker-side traceback, pickled together."""

    def __init__(self, exc, tb):
        self.exc = exc
        self.tb = '\n"""\n' + tb + '"""'

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


class MaybeEncodingError(Exception):
    """A result or exception that could not be sent back from a worker."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def _helper_reraises_exception(ex):
    raise ex


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False, started=None):
    """The loop a pool's worker process runs: get a task, run it, put the result."""
    if maxtasks is not None and not (isinstance(maxtasks, int) and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)
    if started is not None:
        board, slot = started
        board[slot] = os.getpid()
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, _format_exception(e))
            result = (False, e)
        # What the task put on a Queue is written before the pool learns the task is done.
        multiprocessing._flush_feeders()
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


class ApplyResult:
    """The result of apply_async(): ready(), successful(), wait() and get()."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = _next_job()
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _fail(self, exc):
        self._set(0, (False, exc))

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async() and starmap_async(): chunks fill one list."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _fail(self, exc):
        self._set(None, (False, exc))

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0 or not success and i is None:
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator:
    """The iterator imap() returns: results in task order, as they arrive."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = _next_job()
        self._cache = pool._cache
        self._items = []
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            if not self._items:
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration
                self._cond.wait(timeout)
                if not self._items:
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration
                    raise TimeoutError
            success, value = self._items.pop(0)
        if success:
            return value
        raise value

    __next__ = next

    def _fail(self, exc):
        with self._cond:
            self._items.append((False, exc))
            self._length = self._index = self._index + 1 + len(self._unsorted)
            self._unsorted = {}
            self._cond.notify()
            self._cache.pop(self._job, None)
            self._pool = None

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    self._items.append(self._unsorted.pop(self._index))
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                del self._cache[self._job]
                self._pool = None


class IMapUnorderedIterator(IMapIterator):
    """The iterator imap_unordered() returns: results in the order they arrive."""

    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]
                self._pool = None


def _chunks(func, iterable, size):
    # islice takes each chunk from Go: no Python-level step per item in the task handler.
    items = iter(iterable)
    while True:
        chunk = tuple(itertools.islice(items, size))
        if not chunk:
            return
        yield (func, chunk)


def _flatten(result):
    for chunk in result:
        for item in chunk:
            yield item
