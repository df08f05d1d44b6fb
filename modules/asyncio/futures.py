"""asyncio.Future: a result that a loop delivers to the callbacks waiting on it."""

# Written for gopy. A Future is awaited through __await__, a generator that gives the
# future itself to the Task driving the coroutine (with _asyncio_future_blocking set),
# which resumes the coroutine from a done callback.

__all__ = ('Future', 'wrap_future', 'isfuture')

import concurrent.futures
import contextvars
from . import base_futures
from . import events
from . import exceptions

_PENDING = base_futures._PENDING
_CANCELLED = base_futures._CANCELLED
_FINISHED = base_futures._FINISHED


isfuture = base_futures.isfuture
_future_repr_info = base_futures._future_repr_info


class Future:
    """A value to come, set by set_result/set_exception or cancelled; awaitable."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    __log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            loop = events._get_event_loop()
        self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        return _future_repr_info(self)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        todo = self._callbacks[:]
        if not todo:
            return
        self._callbacks[:] = []
        for callback, ctx in todo:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self.__log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = contextvars.copy_context()
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        keep = [(f, ctx) for f, ctx in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(keep)
        if removed:
            self._callbacks[:] = keep
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True
        _call_when_dropped(self, '_drop_report')

    def _drop_report(self):
        # CPython's __del__ for a future that ended with an exception: called when the
        # future is dropped (see _call_when_dropped), reports the exception if nobody
        # retrieved it.
        if not self.__log_traceback:
            return
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        }
        if self._source_traceback:
            context['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(context)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


_PyFuture = Future

def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _convert_future_exc(exc):
    cls = exc.__class__
    if cls is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if cls is concurrent.futures.TimeoutError:
        return exceptions.TimeoutError(*exc.args)
    if cls is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _copy_future_state(source, dest):
    # source is done; dest (an asyncio Future) gets the same outcome unless cancelled
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(_convert_future_exc(exc))
    else:
        dest.set_result(source.result())


def _set_concurrent_future_state(conc, source):
    if source.cancelled():
        conc.cancel()
    if not conc.set_running_or_notify_cancel():
        return
    exc = source.exception()
    if exc is not None:
        conc.set_exception(_convert_future_exc(exc))
    else:
        conc.set_result(source.result())


def _chain_future(source, destination):
    """Make destination follow source's outcome, across loops and threads."""
    if not isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    src_loop = _get_loop(source) if isfuture(source) else None
    dst_loop = _get_loop(destination) if isfuture(destination) else None

    def settle(fut, other):
        if isfuture(fut):
            _copy_future_state(other, fut)
        else:
            _set_concurrent_future_state(fut, other)

    def on_destination_done(dest):
        if not dest.cancelled():
            return
        if src_loop is None or src_loop is dst_loop:
            source.cancel()
        elif not src_loop.is_closed():
            src_loop.call_soon_threadsafe(source.cancel)

    def on_source_done(src):
        if destination.cancelled() and dst_loop is not None and dst_loop.is_closed():
            return
        if dst_loop is None or dst_loop is src_loop:
            settle(destination, src)
        elif not dst_loop.is_closed():
            dst_loop.call_soon_threadsafe(settle, destination, src)

    destination.add_done_callback(on_destination_done)
    source.add_done_callback(on_source_done)


def wrap_future(future, *, loop=None):
    """An asyncio Future that follows a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if not isinstance(future, concurrent.futures.Future):
        raise AssertionError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events._get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
