"""Synchronization for tasks: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier."""

# Written for gopy. A task that must wait parks on a future of its own in a FIFO of
# waiters; the object wakes the first (or all) of them by setting their futures. None of
# these are thread-safe, as CPython's are not.

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

import collections
import enum

from . import exceptions
from . import mixins


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _describe(obj, extra):
    text = object.__repr__(obj)
    return f'<{text[1:-1]} [{extra}]>'


async def _wait_turn(obj, on_cancel):
    # park on a future at the end of obj._waiters until woken; on_cancel(fut) runs when
    # the wait is cancelled, before CancelledError goes on
    if obj._waiters is None:
        obj._waiters = collections.deque()
    fut = obj._get_loop().create_future()
    obj._waiters.append(fut)
    try:
        try:
            await fut
        finally:
            obj._waiters.remove(fut)
    except exceptions.CancelledError:
        on_cancel(fut)
        raise


def _wake_first(waiters, value=True):
    # set the result of the first waiter not done yet; whether there was one
    if not waiters:
        return False
    for fut in waiters:
        if not fut.done():
            fut.set_result(value)
            return True
    return False


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A mutual exclusion lock for tasks; waiters get it in the order they came."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = ('unlocked', 'locked')[self._locked]
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _describe(self, extra)

    def locked(self):
        """Whether the lock is held."""
        return self._locked

    async def acquire(self):
        """Wait until the lock is free and take it; True."""
        if not self._locked and (self._waiters is None
                                 or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        await _wait_turn(self, self._lock_cancelled)
        self._locked = True
        return True

    def _lock_cancelled(self, fut):
        if not self._locked:
            _wake_first(self._waiters)

    def release(self):
        """Free the lock and wake the first waiter; RuntimeError if it is not held."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        _wake_first(self._waiters)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for."""

    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def __repr__(self):
        extra = ('unset', 'set')[bool(self._value)]
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _describe(self, extra)

    def is_set(self):
        return self._value

    def set(self):
        """Set the flag and wake every waiter."""
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        """Return True once the flag is set."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A condition variable over a Lock (a new one unless given)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = collections.deque()

    def __repr__(self):
        extra = ('unlocked', 'locked')[bool(self.locked())]
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _describe(self, extra)

    async def wait(self):
        """Release the lock, wait for a notify, take the lock back; True."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = None
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError as exc:
                    cancelled = exc
            if cancelled is not None:
                try:
                    raise cancelled
                finally:
                    cancelled = None

    async def wait_for(self, predicate):
        """Wait until predicate() is true; its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n waiters."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake every waiter."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):
    """A counter tasks take from (acquire) and give back to (release)."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = f'unlocked, value:{self._value}' if not self.locked() else 'locked'
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return _describe(self, extra)

    def locked(self):
        """Whether acquire() would wait."""
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        """Take one unit, waiting while there is none; True."""
        if not self.locked():
            self._value -= 1
            return True
        await _wait_turn(self, self._acquire_cancelled)
        if self._value > 0:
            self._wake_up_next()
        return True

    def _acquire_cancelled(self, fut):
        if fut.done() and not fut.cancelled():
            # the unit handed to us goes to the next waiter
            self._value += 1
            self._wake_up_next()

    def release(self):
        """Give one unit back, waking a waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go past the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState(enum.Enum):
    FILLING = 'filling'
    DRAINING = 'draining'
    RESETTING = 'resetting'
    BROKEN = 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Lets parties tasks go on together once all of them called wait()."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _BarrierState.FILLING
        self._count = 0

    def __repr__(self):
        extra = f'{self._state.value}'
        if not self.broken:
            extra = f'{extra}, waiters:{self.n_waiting}/{self.parties}'
        return _describe(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the others; the caller's index (0 to parties-1)."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = _BarrierState.DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(self._filled)
                    if self._state is not _BarrierState.DRAINING:
                        raise exceptions.BrokenBarrierError
                return index
            finally:
                self._count -= 1
                self._leave()

    def _filled(self):
        return self._state != _BarrierState.FILLING

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in (_BarrierState.DRAINING,
                                                             _BarrierState.RESETTING))
        if self._state is _BarrierState.BROKEN:
            raise exceptions.BrokenBarrierError('Barrier aborted')

    def _leave(self):
        if self._count == 0:
            if self._state != _BarrierState.BROKEN:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def reset(self):
        """Send the waiters BrokenBarrierError and start filling again."""
        async with self._cond:
            if self._count > 0:
                self._state = _BarrierState.RESETTING
            else:
                self._state = _BarrierState.FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: every wait() raises BrokenBarrierError."""
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _BarrierState.FILLING else 0

    @property
    def broken(self):
        return self._state == _BarrierState.BROKEN
