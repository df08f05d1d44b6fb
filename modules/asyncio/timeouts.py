"""asyncio.timeout and timeout_at (3.11): a deadline over a block of a task."""

# Written for gopy. When the deadline passes, the task is cancelled; leaving the block
# with that CancelledError (and no other cancellation pending) turns it into TimeoutError.

__all__ = ('Timeout', 'timeout', 'timeout_at')

import enum

from . import events
from . import exceptions
from . import tasks


class _State(enum.Enum):
    CREATED = 'created'
    ENTERED = 'active'
    EXPIRING = 'expiring'
    EXPIRED = 'expired'
    EXITED = 'finished'


class Timeout:
    """An async context manager that cancels its task at a loop time (or never: None)."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline in the loop's clock, or None."""
        return self._when

    def reschedule(self, when):
        """Move the deadline (None: no deadline)."""
        assert self._state is not _State.CREATED
        if self._state is not _State.ENTERED:
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if when is not None:
            loop = events.get_running_loop()
            due = when <= loop.time()
            self._timeout_handler = (loop.call_soon(self._on_timeout) if due
                                     else loop.call_at(when, self._on_timeout))

    def expired(self):
        """Whether the deadline passed while the block ran."""
        return self._state == _State.EXPIRING or self._state == _State.EXPIRED

    def __repr__(self):
        extra = ''
        if self._state is _State.ENTERED:
            when = None if self._when is None else round(self._when, 3)
            extra = f' when={when}'
        return f'<Timeout [{self._state.value}]{extra}>'

    async def __aenter__(self):
        self._state = _State.ENTERED
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _State.ENTERED:
            self._state = _State.EXITED
            return None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            if self._task.uncancel() == 0 and exc_type is exceptions.CancelledError:
                raise TimeoutError
        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout delay seconds from now (None: none)."""
    loop = events.get_running_loop()
    if delay is None:
        return Timeout(None)
    return Timeout(loop.time() + delay)


def timeout_at(when):
    """A Timeout at the loop time when (None: none)."""
    return Timeout(when)
