"""asyncio.run and Runner: a fresh loop around one or more top-level coroutines."""

# Written for gopy. A Runner makes its loop on first use and, when closed, cancels the
# tasks still pending (waiting for them), closes async generators and the default
# executor, then closes the loop. While a coroutine runs in the main thread, Ctrl-C
# cancels its task first; a second Ctrl-C, or the cancelled task ending, gives
# KeyboardInterrupt.

__all__ = ('Runner', 'run')

import contextvars
import enum
import functools
import signal
import threading

_default_sigint = signal.default_int_handler

from . import coroutines
from . import events
from . import exceptions
from . import tasks


class _State(enum.Enum):
    CREATED = 'created'
    INITIALIZED = 'initialized'
    CLOSED = 'closed'


class Runner:
    """A context manager that owns a loop and runs coroutines on it."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _State.CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Finish the pending tasks, executors and generators, then close the loop."""
        if self._state != _State.INITIALIZED:
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            for step in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(step())
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _State.CLOSED

    def get_loop(self):
        """The runner's loop (made now if it was not yet)."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run coro in a task of the runner's loop until it ends; its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop():
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro, context=self._context if context is None else context)
        on_sigint = None
        in_main = threading.main_thread() is threading.current_thread()
        if in_main and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            on_sigint = functools.partial(self._on_sigint, main_task=task)
            try:
                signal.signal(signal.SIGINT, on_sigint)
            except ValueError:
                on_sigint = None
        self._interrupt_count = 0
        try:
            loop = self._loop
            return loop.run_until_complete(task)
        except exceptions.CancelledError:
            if self._interrupt_count > 0 and task.uncancel() == 0:
                raise KeyboardInterrupt()
            raise
        finally:
            if on_sigint is not None and signal.getsignal(signal.SIGINT) is on_sigint:
                signal.signal(signal.SIGINT, _default_sigint)

    def _lazy_init(self):
        if self._state is _State.CLOSED:
            raise RuntimeError('Runner is closed')
        if self._state is _State.INITIALIZED:
            return
        if self._loop_factory is not None:
            self._loop = self._loop_factory()
        else:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        ctx = contextvars.copy_context()
        self._context = ctx
        self._state = _State.INITIALIZED

    def _on_sigint(self, signum, frame, main_task):
        self._interrupt_count += 1
        if self._interrupt_count > 1 or main_task.done():
            raise KeyboardInterrupt()
        main_task.cancel()
        # wake the loop up so that the cancellation is seen now
        self._loop.call_soon_threadsafe(_nothing)


def _nothing():
    pass


def run(main, *, debug=None):
    """Run the coroutine main in a new event loop, close the loop, return main's result."""
    if events._get_running_loop():
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    pending = tasks.all_tasks(loop)
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(tasks.gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled() or task.exception() is None:
            continue
        loop.call_exception_handler({
            'message': 'unhandled exception during asyncio.run() shutdown',
            'exception': task.exception(),
            'task': task,
        })
