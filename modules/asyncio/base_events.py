"""BaseEventLoop: the scheduling core every asyncio loop shares."""

# Written for gopy. A loop keeps a deque of ready handles and a heap of timer handles;
# one iteration (_run_once) waits in the selector until the earliest timer is due (not at
# all when callbacks are ready), moves due timers to the ready deque and runs what was
# ready when the iteration began. Network and subprocess methods live in
# selector_events.py and unix_events.py.

__all__ = 'BaseEventLoop', 'Server'

import collections
import functools
import heapq
import os
import socket
import sys
import threading
import time
import traceback
import warnings
import weakref
from concurrent.futures import ThreadPoolExecutor

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks
from .log import logger

# a timer list with more than this share of cancelled handles is rebuilt
_REBUILD_MIN_TIMERS = 100
_REBUILD_CANCELLED_SHARE = 0.5

# the longest a loop waits in the selector at once (as CPython's: a day)
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if fut.cancelled() or not isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        futures._get_loop(fut).stop()
    # else it propagates out of the loop by itself


class Server(events.AbstractServer):
    """Listening sockets of a loop, accepting connections for a protocol factory."""

    def __init__(self, loop, sockets, factory, ssl_context, backlog, *unused):
        self._loop, self._sockets, self._backlog = loop, sockets, backlog
        self._protocol_factory, self._ssl_context = factory, ssl_context
        self._active_count = 0
        self._waiters = []
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return '<%s sockets=%r>' % (type(self).__name__, self.sockets)

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if not self._active_count and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self._ssl_context,
                                      self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await tasks.sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        forever = self._serving_forever_fut = self._loop.create_future()
        try:
            await forever
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if None in (self._sockets, self._waiters):
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter


class BaseEventLoop(events.AbstractEventLoop):
    """The loop's scheduling: callbacks, timers, running, stopping, executors, errors."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        self._thread_id = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self.slow_callback_duration = 0.1
        self._current_handle = None

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        """A new Future bound to this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule coro as a Task (or what the task factory makes of it)."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        extra = {} if context is None else {'context': context}
        task = self._task_factory(self, coro, **extra)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop():
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            closing = agen.aclose()
            self.call_soon_threadsafe(self.create_task, closing)

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(f"asynchronous generator {agen!r} was scheduled after "
                          f"loop.shutdown_asyncgens() call", ResourceWarning, source=self)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Close the async generators still suspended (aclose())."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        """Shut the default executor down from a thread and wait for it."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=functools.partial(self._do_shutdown, future))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(True)
        except Exception as ex:
            outcome = future.set_exception, ex
        else:
            outcome = future.set_result, None
        if not self.is_closed():
            self.call_soon_threadsafe(*outcome)

    def run_forever(self):
        """Run iterations until stop() is called."""
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        # The loop's hooks see the async generators its tasks start (shutdown_asyncgens
        # closes them) and those dropped half-way (closed in a task of their own).
        outer_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*outer_hooks)

    def run_until_complete(self, future):
        """Run until future (a coroutine is wrapped in a Task) is done; its result."""
        self._check_closed()
        self._check_running()
        made = not futures.isfuture(future)
        fut = tasks.ensure_future(future, loop=self)
        if made:
            fut._log_destroy_pending = False
        fut.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if made and fut.done() and not fut.cancelled():
                # the exception is on its way out: no "never retrieved" report for it
                fut.exception()
            raise
        finally:
            fut.remove_done_callback(_run_until_complete_cb)
        if not fut.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return fut.result()

    def stop(self):
        """Stop after the callbacks that are ready now have run."""
        self._stopping = True

    def close(self):
        """Close the loop: drop pending callbacks, shut the default executor down."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        for task in tasks.all_tasks(self):
            if task._log_destroy_pending:
                self.call_exception_handler({
                    'task': task,
                    'message': 'Task was destroyed but it is pending!',
                })
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._thread_id is not None

    def time(self):
        """The loop's clock (time.monotonic())."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after delay seconds; a TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) when loop.time() reaches when; a TimerHandle."""
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, method='call_at')
        handle = events.TimerHandle(when, callback, args, self, context)
        handle._scheduled = True
        heapq.heappush(self._scheduled, handle)
        return handle

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) at the next iteration, after those already queued."""
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, method='call_soon')
        return self._call_soon(callback, args, context)

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _call_soon(self, callback, args, context):
        h = events.Handle(callback, args, self, context)
        self._ready.append(h)
        return h

    def _check_thread(self):
        if self._thread_id is None:
            return
        if threading.get_ident() != self._thread_id:
            raise RuntimeError('Non-thread-safe operation invoked on an event loop '
                               'other than the current one')

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon from any thread: wakes the loop up."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, method='call_soon_threadsafe')
        h = self._call_soon(callback, args, context)
        self._write_to_self()
        return h

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (a thread pool by default); an awaitable Future."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, method='run_in_executor')
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def set_default_executor(self, executor):
        if not isinstance(executor, ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor')
        self._default_executor = executor

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        return await self.run_in_executor(None, socket.getaddrinfo, host, port,
                                          family, type, proto, flags)

    async def getnameinfo(self, sockaddr, flags=0):
        return await self.run_in_executor(None, socket.getnameinfo, sockaddr, flags)

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if not (handler is None or callable(handler)):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log context's message, its other keys and the exception's traceback."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = type(exception), exception, exception.__traceback__
        else:
            exc_info = False
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            value = context[key]
            if key == 'source_traceback':
                value = 'Object created at (most recent call last):\n' + \
                    ''.join(traceback.format_list(value)).rstrip()
            elif key == 'handle_traceback':
                value = 'Handle created at (most recent call last):\n' + \
                    ''.join(traceback.format_list(value)).rstrip()
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Hand context to the exception handler set (the default one if none)."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler while handling '
                             'an unexpected error in custom exception handler',
                             exc_info=True)

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _drop_cancelled_timers(self):
        scheduled = self._scheduled
        n = len(scheduled)
        if n > _REBUILD_MIN_TIMERS and self._timer_cancelled_count > n * _REBUILD_CANCELLED_SHARE:
            keep = []
            for h in scheduled:
                if h._cancelled:
                    h._scheduled = False
                else:
                    keep.append(h)
            heapq.heapify(keep)
            self._scheduled = keep
            self._timer_cancelled_count = 0
            return
        while scheduled and scheduled[0]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(scheduled)._scheduled = False

    def _run_once(self):
        """One iteration: wait for I/O or the next timer, then run what is ready."""
        self._drop_cancelled_timers()
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = min(max(0, self._scheduled[0]._when - self.time()), MAXIMUM_SELECT_TIMEOUT)
        self._process_events(self._selector.select(timeout))
        due = self.time() + self._clock_resolution
        scheduled = self._scheduled
        while scheduled and scheduled[0]._when < due:
            handle = heapq.heappop(scheduled)
            handle._scheduled = False
            self._ready.append(handle)
        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
