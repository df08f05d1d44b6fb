"""TaskGroup (3.11): tasks that end together; their errors in one ExceptionGroup."""

# Written for gopy. The first child that fails cancels its siblings and the task that
# runs the `async with` block; leaving the block waits for every child and raises what
# failed as BaseExceptionGroup('unhandled errors in a TaskGroup', errors).

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks


def _fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """An async context manager holding the tasks made by its create_task."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        parts = []
        if self._tasks:
            parts.append(f'tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return '<TaskGroup' + ''.join(' ' + p for p in parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = parent = tasks.current_task(self._loop)
        if parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        cancelled_error = None
        if exc is not None and _fatal(exc) and self._base_error is None:
            self._base_error = exc
        if et is not None:
            if et is exceptions.CancelledError:
                # our own cancellation of the parent is swallowed; any other goes on
                if not (self._parent_cancel_requested and not self._parent_task.uncancel()):
                    cancelled_error = exc
            if not self._aborting:
                self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as again:
                if not self._aborting:
                    cancelled_error = again
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if cancelled_error is not None and not self._errors:
            raise cancelled_error
        if et not in (None, exceptions.CancelledError):
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        """Start coro as a task of the group."""
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        extra = {} if context is None else {'context': context}
        task = self._loop.create_task(coro, **extra)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._child_done)
        self._tasks.add(task)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _child_done(self, task):
        self._tasks.discard(task)
        waiter = self._on_completed_fut
        if waiter is not None and not self._tasks and not waiter.done():
            waiter.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _fatal(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task '
                           f'{self._parent_task} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not (self._aborting or self._parent_cancel_requested):
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
