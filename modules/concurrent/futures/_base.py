# concurrent.futures._base for gopy: Future, Executor, wait() and as_completed().
#
# Written for gopy; CPython 3.11's Lib/concurrent/futures/_base.py is the specification
# for what scripts can see (state names, reprs, messages, the order callbacks run in).
# Every future has a Condition; wait() and as_completed() register a _Waiter with each
# future they watch, which the future tells when it completes.

import collections
import sys
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's _state: CANCELLED_AND_NOTIFIED is a cancelled future whose executor has seen
# the cancellation (set_running_or_notify_cancel), which is when waiters are told.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)


class _FallbackLogger:
    """What logging.getLogger('concurrent.futures') does with no handler configured: the
    message, then the traceback being handled, on stderr (logging's last resort)."""

    name = 'concurrent.futures'

    def _emit(self, msg, args, exc_info):
        if args:
            msg = msg % args
        text = str(msg)
        if exc_info:
            import traceback
            text = text + '\n' + ''.join(traceback.format_exception(*sys.exc_info())).rstrip('\n')
        stream = sys.stderr
        if stream is not None:
            stream.write(text + '\n')
            try:
                stream.flush()
            except Exception:
                pass

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self._emit(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=False, **kwargs):
        self._emit(msg, args, exc_info)

    def error(self, msg, *args, exc_info=False, **kwargs):
        self._emit(msg, args, exc_info)

    def warning(self, msg, *args, exc_info=False, **kwargs):
        self._emit(msg, args, exc_info)

    def info(self, msg, *args, **kwargs):
        pass

    def debug(self, msg, *args, **kwargs):
        pass


try:
    import logging as _logging
except ImportError:
    LOGGER = _FallbackLogger()
else:
    LOGGER = _logging.getLogger("concurrent.futures")


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """
    Raised when a executor has become non-functional after a severe failure.
    """


class _Waiter:
    """What wait() or as_completed() blocks on: the futures it watches report to it.

    mode is FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED or _AS_COMPLETED; pending is
    the number of watched futures not done yet (used by the last two)."""

    def __init__(self, mode, pending=0):
        self.mode = mode
        self.pending = pending
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def _completed(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            if self.mode in (FIRST_COMPLETED, _AS_COMPLETED):
                self.event.set()
            elif failed and self.mode == FIRST_EXCEPTION:
                self.event.set()
            else:
                self.pending -= 1
                if self.pending <= 0:
                    self.event.set()

    def add_result(self, future):
        self._completed(future, False)

    def add_exception(self, future):
        self._completed(future, True)

    def add_cancelled(self, future):
        self._completed(future, False)

    def take(self):
        """The futures reported since the last take(), oldest first."""
        with self.lock:
            done = self.finished_futures
            self.finished_futures = []
            self.event.clear()
        return done


class _AcquireFutures:
    """Holds the conditions of several futures, always taken in the same order (by id)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *exc):
        for f in self.futures:
            f._condition.release()


def _install_waiter(fs, mode):
    if mode in (FIRST_COMPLETED, _AS_COMPLETED):
        waiter = _Waiter(mode)
    elif mode in (FIRST_EXCEPTION, ALL_COMPLETED):
        n = 0
        for f in fs:
            if f._state not in _DONE_STATES:
                n += 1
        waiter = _Waiter(mode, n)
    else:
        raise ValueError("Invalid return condition: %r" % mode)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """An iterator over the given futures that yields each as it completes.

    Futures given twice are yielded once; TimeoutError is raised if they are not all
    done within timeout seconds (None: no limit)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    watched = set(fs)
    total = len(watched)
    with _AcquireFutures(watched):
        already = [f for f in watched if f._state in _DONE_STATES]
        waiting = watched.difference(already)
        waiter = _install_waiter(watched, _AS_COMPLETED)
    try:
        while already:
            f = already.pop()
            _remove_waiter((f,), waiter)
            yield f
        while waiting:
            wait_for = None
            if deadline is not None:
                wait_for = deadline - time.monotonic()
                if wait_for < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(waiting), total))
            waiter.event.wait(wait_for)
            for f in waiter.take():
                if f in waiting:
                    waiting.discard(f)
                    _remove_waiter((f,), waiter)
                    yield f
    finally:
        _remove_waiter(watched, waiter)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs to complete, as return_when says (FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED), or for timeout seconds.

    Returns the named pair of sets (done, not_done)."""
    watched = set(fs)
    with _AcquireFutures(watched):
        done = set(f for f in watched if f._state in _DONE_STATES)
        enough = len(done) == len(watched)
        if done and return_when == FIRST_COMPLETED:
            enough = True
        elif done and return_when == FIRST_EXCEPTION:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    enough = True
                    break
        if enough:
            return DoneAndNotDoneFutures(done, watched - done)
        waiter = _install_waiter(watched, return_when)
    waiter.event.wait(timeout)
    _remove_waiter(watched, waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, watched - done)


def _result_then_cancel(future, timeout=None):
    try:
        return future.result(timeout)
    finally:
        future.cancel()


class Future(object):
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        """Initializes the future. Should not be called by clients."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            head = '<%s at %#x state=%s' % (type(self).__name__, id(self), state)
            if self._state != FINISHED:
                return head + '>'
            if self._exception:
                return '%s raised %s>' % (head, type(self._exception).__name__)
            return '%s returned %s>' % (head, type(self._result).__name__)

    def _run_callbacks(self):
        for fn in self._done_callbacks:
            self._call_callback(fn)

    def _call_callback(self, fn):
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def cancel(self):
        """Cancel the future if possible.

        Returns True if the future was cancelled, False otherwise (it is running or done)."""
        with self._condition:
            if self._state in _CANCELLED_STATES:
                return True
            if self._state != PENDING:
                return False
            self._state = CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        """Return True if the future was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """Return True if the future is currently executing."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Return True if the future was cancelled or finished executing."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def add_done_callback(self, fn):
        """Attaches a callable that will be called when the future finishes.

        fn(future) runs in a thread of this process when the future completes or is
        cancelled, at once if it already has; callbacks run in the order they were added."""
        with self._condition:
            if self._state in (PENDING, RUNNING):
                self._done_callbacks.append(fn)
                return
        self._call_callback(fn)

    def _outcome(self, want_result):
        # With the condition held: the result (or exception) once done.
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if not want_result:
            return self._exception
        if self._exception:
            raise self._exception
        return self._result

    def _wait_done(self, timeout):
        # With the condition held.
        if self._state in (PENDING, RUNNING):
            self._condition.wait(timeout)
            if self._state in (PENDING, RUNNING):
                raise TimeoutError()

    def result(self, timeout=None):
        """Return the result of the call that the future represents.

        Waits up to timeout seconds (None: no limit); raises CancelledError if the future
        was cancelled, TimeoutError if it is not done in time, and the call's exception if
        it raised one."""
        with self._condition:
            if self._state not in _CANCELLED_STATES:
                self._wait_done(timeout)
            return self._outcome(True)

    def exception(self, timeout=None):
        """Return the exception raised by the call that the future represents, or None.

        Waits as result() does; raises CancelledError and TimeoutError as it does."""
        with self._condition:
            if self._state not in _CANCELLED_STATES:
                self._wait_done(timeout)
            return self._outcome(False)

    def set_running_or_notify_cancel(self):
        """Mark the future as running or process any cancel notifications.

        For executors, before they run the call: returns False (and tells the waiters) if
        the future was cancelled, else marks it running and returns True. Raises
        RuntimeError if called twice or after set_result()/set_exception()."""
        with self._condition:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for w in self._waiters:
                    w.add_cancelled(self)
                return False
            LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _complete(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for w in self._waiters:
                if exception is None:
                    w.add_result(self)
                else:
                    w.add_exception(self)
            self._condition.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        """Sets the return value of work associated with the future (for executors)."""
        self._complete(result, None)

    def set_exception(self, exception):
        """Sets the result of the future as being the given exception (for executors)."""
        self._complete(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor(object):
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, *args, **kwargs):
        """Submits a callable to be executed with the given arguments.

        Schedules fn(*args, **kwargs) and returns a Future representing it."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter).

        All calls are submitted at once; results come back in order. timeout (seconds, from
        this call) bounds the whole iteration (TimeoutError); chunksize is used by
        ProcessPoolExecutor only. An exception of fn is raised when its value is reached."""
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Clean-up the resources associated with the Executor.

        Calling it again is harmless; nothing may be submitted afterwards. wait: return only
        once running futures are done and resources freed; cancel_futures: cancel the
        futures that have not started."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _results_in_order(futures, deadline):
    # A generator apart from map(), so that map() submits everything before the first
    # next(); what is left is cancelled when the iteration stops early.
    futures.reverse()
    try:
        while futures:
            f = futures.pop()
            if deadline is None:
                yield _result_then_cancel(f)
            else:
                yield _result_then_cancel(f, deadline - time.monotonic())
    finally:
        for f in futures:
            f.cancel()
