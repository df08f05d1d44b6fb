"""Queues for tasks: Queue (FIFO), PriorityQueue, LifoQueue."""

# Written for gopy. get() and put() park the caller on a future in a FIFO of getters or
# putters when the queue is empty or full; each change wakes the next one.

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq
import types

from . import locks
from . import mixins


class QueueEmpty(Exception):
    """get_nowait() on an empty Queue."""


class QueueFull(Exception):
    """put_nowait() on a full Queue."""


def _wake_next(waiters):
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    __class_getitem__ = classmethod(types.GenericAlias)

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            text += f' _queue={list(self._queue)!r}'
        if self._getters:
            text += f' _getters[{len(self._getters)}]'
        if self._putters:
            text += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            text += f' tasks={self._unfinished_tasks}'
        return text

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def _park(self, waiters, blocked):
        while blocked():
            fut = self._get_loop().create_future()
            waiters.append(fut)
            try:
                await fut
            except:
                fut.cancel()
                try:
                    waiters.remove(fut)
                except ValueError:
                    pass
                if not blocked() and not fut.cancelled():
                    _wake_next(waiters)
                raise

    async def put(self, item):
        """Put item in, waiting while the queue is full."""
        await self._park(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put item in at once; QueueFull if there is no room."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        _wake_next(self._getters)

    async def get(self):
        """Take the next item, waiting while the queue is empty."""
        await self._park(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Take the next item at once; QueueEmpty if there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _wake_next(self._putters)
        return item

    def task_done(self):
        """Mark one item taken earlier as processed (for join())."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put in was marked by task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Items come out smallest first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Items come out last in, first out."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
