"""Tasks drive coroutines on a loop; sleep, gather, wait, wait_for, shield..."""

# Written for gopy. A Task steps its coroutine with send()/throw() from loop callbacks:
# each step runs in the task's context until the coroutine awaits a pending future (the
# task is woken by that future's done callback), yields None (stepped again soon) or ends.

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import concurrent.futures
import contextvars
import functools
import inspect
import itertools
import sys
import types
import weakref

from . import base_tasks
from . import coroutines
from . import events
from . import exceptions
from . import futures

_task_counter = itertools.count(1)


def current_task(loop=None):
    """The task running on loop (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of tasks of loop that are not done yet."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks) if futures._get_loop(t) is loop and not t.done()}


class Task(futures._PyFuture):
    """A Future that runs a coroutine to its end and takes its outcome."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            self._name = f'Task-{next(_task_counter)}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        self._schedule_step()
        _register_task(self)

    def __repr__(self):
        return base_tasks._task_repr(self)

    def _repr_info(self):
        return base_tasks._task_repr_info(self)

    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def _schedule_step(self, *args):
        self._loop.call_soon(self.__step, *args, context=self._context)

    def get_stack(self, *, limit=None):
        return base_tasks._task_get_stack(self, limit)

    def print_stack(self, *, limit=None, file=None):
        return base_tasks._task_print_stack(self, limit, file)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            self._must_cancel = False
            if exc is None or not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
        coro = self._coro
        self._fut_waiter = None
        _enter_task(self._loop, self)
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if not self._must_cancel:
                futures.Future.set_result(self, stop.value)
            else:
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
        except exceptions.CancelledError as cancelled:
            _drop_own_entry(cancelled)
            self._cancelled_exc = cancelled
            super().cancel()
        except (KeyboardInterrupt, SystemExit) as fatal:
            super().set_exception(fatal)
            raise
        except BaseException as error:
            _drop_own_entry(error)
            super().set_exception(error)
        else:
            self.__follow(result)
        finally:
            _leave_task(self._loop, self)
            self = None

    def __follow(self, result):
        # what the coroutine yielded decides when it is stepped again
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if self._loop is not futures._get_loop(result):
                err = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
            elif not blocking:
                err = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
            elif result is self:
                err = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.task_wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel:
                    if self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
                return
        elif result is None:
            self._schedule_step()
            return
        elif inspect.isgenerator(result):
            err = RuntimeError(f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
        else:
            err = RuntimeError(f'Task got bad yield: {result!r}')
        self._schedule_step(err)

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            _drop_own_entry(exc)
            self.__step(exc)
        else:
            self.__step()
        self = None


_PyTask = Task


def _drop_own_entry(exc):
    # CPython steps tasks in C, so a task's exception starts at the coroutine's frame;
    # here the Python frame that caught it comes first: take it off.
    tb = exc.__traceback__
    if tb is not None and tb.tb_frame is sys._getframe(1):
        exc.__traceback__ = tb.tb_next


def create_task(coro, *, name=None, context=None):
    """Schedule coro as a Task on the running loop and return the Task."""
    loop = events.get_running_loop()
    extra = {} if context is None else {'context': context}
    task = loop.create_task(coro, **extra)
    if name is not None:
        task.set_name(name)
    return task


from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures or tasks of fs; return the sets (done, pending)."""
    if _single_awaitable(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _RETURN_WHEN:
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if [f for f in fs if coroutines.iscoroutine(f)]:
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(fs, timeout, return_when, events.get_running_loop())


_RETURN_WHEN = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def _single_awaitable(obj):
    return futures.isfuture(obj) or coroutines.iscoroutine(obj)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Await fut; cancel it and raise TimeoutError if it takes longer than timeout."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as cancelled:
            raise exceptions.TimeoutError() from cancelled
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    wake = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(wake)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(wake)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(wake)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as cancelled:
            raise exceptions.TimeoutError() from cancelled
    finally:
        timer.cancel()


async def _wait(fs, timeout, return_when, loop):
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    remaining = [len(fs)]

    def on_done(f):
        remaining[0] -= 1
        if (remaining[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    release = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the outcomes of fs in the order they finish."""
    if _single_awaitable(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from .queues import Queue
    finished = Queue()
    loop = events._get_event_loop()
    todo = set()
    for aw in set(fs):
        todo.add(ensure_future(aw, loop=loop))
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_done)
            finished.put_nowait(None)
        todo.clear()

    def on_done(f):
        if not todo:
            return
        todo.remove(f)
        finished.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def next_done():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield next_done()


@types.coroutine
def __sleep0():
    yield


async def sleep(delay, result=None):
    """Suspend the calling task for delay seconds; return result."""
    if delay <= 0:
        await __sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or awaitable in a Task; a future is given back as it is."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(aw, *, loop=None):
    if futures.isfuture(aw):
        if loop is None or futures._get_loop(aw) is loop:
            return aw
        raise ValueError('The future belongs to a different loop than '
                         'the one specified as the loop argument')
    wrapped = not coroutines.iscoroutine(aw)
    if wrapped:
        if not inspect.isawaitable(aw):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        aw = _await_it(aw)
    if loop is None:
        loop = events._get_event_loop()
    try:
        return loop.create_task(aw)
    except RuntimeError:
        if not wrapped:
            aw.close()
        raise


@types.coroutine
def _await_it(awaitable):
    result = yield from awaitable.__await__()
    return result


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables together; the outer future gives their results in order."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    arg_to_fut = {}
    children = []
    loop = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            arg_to_fut[arg] = fut
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=futures._get_loop(children[0]))
    state = {'done': 0}
    nfuts = len(arg_to_fut)

    def child_done(fut):
        state['done'] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['done'] == nfuts:
            results = []
            for f in children:
                if f.cancelled():
                    res = f._make_cancelled_error()
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for fut in arg_to_fut.values():
        fut.add_done_callback(child_done)
    return outer


def shield(arg):
    """Await arg without letting a cancellation of the caller cancel it."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submit coro to loop from another thread; a concurrent.futures.Future follows it."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def start():
        try:
            task = ensure_future(coro, loop=loop)
            futures._chain_future(task, future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if not future.set_running_or_notify_cancel():
                raise
            future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return future


_all_tasks = weakref.WeakSet()
_current_tasks = {}


def _register_task(task):
    _all_tasks.add(task)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match the current task {current!r}.')
    del _current_tasks[loop]


def _unregister_task(task):
    _all_tasks.discard(task)
