"""A multi-producer, multi-consumer queue (gopy)."""

import threading
from time import monotonic as time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


from _queue import Empty, Full


class Queue:
    '''FIFO queue for threads; a positive maxsize bounds it, else it never fills.'''

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock guards the items; three conditions on it wake the waiters.
        lock = threading.Lock()
        self.mutex = lock
        self.not_empty, self.not_full, self.all_tasks_done = [
            threading.Condition(lock) for _ in range(3)]
        self.unfinished_tasks = 0

    def task_done(self):
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            limit = self.maxsize
            return limit > 0 and self._qsize() >= limit

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                at_limit = lambda: self._qsize() >= self.maxsize
                _wait_while(self.not_full, at_limit, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            _wait_while(self.not_empty, lambda: not self._qsize(), block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
        return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The representation: a list used as a FIFO (gpython has no collections.deque).

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        item = self.queue[0]
        del self.queue[0]
        return item


class PriorityQueue(Queue):
    '''Queue handing out its smallest entry first, e.g. a (priority, data) tuple.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    '''Queue handing out the newest entry first (a stack).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        item = self.queue[-1]
        del self.queue[-1]
        return item


def _wait_while(cond, blocked, block, timeout, exc):
    """Wait on cond (held) while blocked() is true.

    Raises exc at once when block is false, or once timeout seconds have passed.
    """
    deadline = None
    if block and timeout is not None:
        if timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        deadline = time() + timeout
    while blocked():
        if not block:
            raise exc
        if deadline is None:
            cond.wait()
            continue
        left = deadline - time()
        if left <= 0.0:
            raise exc
        cond.wait(left)


def _heappush(heap, item):
    heap.append(item)
    pos = len(heap) - 1
    while pos > 0:
        parent = (pos - 1) >> 1
        if heap[pos] < heap[parent]:
            heap[pos], heap[parent] = heap[parent], heap[pos]
            pos = parent
        else:
            break


def _heappop(heap):
    last = heap[-1]
    del heap[-1]
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    n = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and heap[right] < heap[child]:
            child = right
        if heap[child] < heap[pos]:
            heap[pos], heap[child] = heap[child], heap[pos]
            pos = child
        else:
            break
    return top


class SimpleQueue:
    '''FIFO queue without a bound or task tracking; put never blocks.'''

    __module__ = '_queue'  # CPython's is the C type _queue.SimpleQueue
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self):
        self._queue = []
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        # A non-blocking get takes no timeout at all, a negative one included.
        if not block:
            got_one = self._count.acquire(False)
        elif timeout is None:
            got_one = self._count.acquire()
        elif timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        else:
            got_one = self._count.acquire(True, timeout)
        if not got_one:
            raise Empty
        return self._queue.pop(0)

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)
