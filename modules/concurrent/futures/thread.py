"""Implements ThreadPoolExecutor."""

# Written for gopy; CPython 3.11's Lib/concurrent/futures/thread.py is the specification
# (thread names, the order of shutdown, messages). Worker threads are started on demand,
# up to max_workers, and share one queue.SimpleQueue of work items; None in the queue
# tells a worker to look whether it should stop. gopy has no weak references: a worker
# holds its executor until the executor is shut down or the interpreter exits, when
# _python_exit (run by threading before the non-daemon threads are joined) wakes them all.

from concurrent.futures import _base
import itertools
import os
import queue
import threading
import types

_threads_queues = {}
_shutdown = False
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    pairs = list(_threads_queues.items())
    for _, q in pairs:
        q.put(None)
    for t, _ in pairs:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if self.future.set_running_or_notify_cancel():
            try:
                value = self.fn(*self.args, **self.kwargs)
            except BaseException as exc:
                self.future.set_exception(exc)
            else:
                self.future.set_result(value)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                item = None
                executor._idle_workers.release()
                continue
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                # Pass the wake-up on to the next worker.
                work_queue.put(None)
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """
    Raised when a worker thread in a ThreadPoolExecutor failed initializing.
    """


class ThreadPoolExecutor(_base.Executor):

    # Numbers executors whose threads get no name prefix.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Initializes a new ThreadPoolExecutor instance.

        max_workers: the most threads it runs the calls in (default: the number of CPUs
        plus 4, at most 32); thread_name_prefix: the start of its threads' names;
        initializer(*initargs) runs first in each worker thread."""
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_workers = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % self._counter()
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(*args, **kwargs):
        """Submits a callable to be executed with the given arguments.

        Schedules fn(*args, **kwargs) and returns a Future representing it."""
        if len(args) < 2:
            if not args:
                raise TypeError("ThreadPoolExecutor.submit() missing 2 required positional arguments: 'self' and 'fn'")
            raise TypeError("ThreadPoolExecutor.submit() missing 1 required positional argument: 'fn'")
        self, fn, args = args[0], args[1], args[2:]
        with self._shutdown_lock:
            with _global_shutdown_lock:
                if self._broken:
                    raise BrokenThreadPool(self._broken)
                if self._shutdown:
                    raise RuntimeError('cannot schedule new futures after shutdown')
                if _shutdown:
                    raise RuntimeError('cannot schedule new futures after '
                                       'interpreter shutdown')
                future = _base.Future()
                self._work_queue.put(_WorkItem(future, fn, args, kwargs))
                self._adjust_thread_count()
                return future

    def _adjust_thread_count(self):
        # An idle worker takes the new item; otherwise start one more, up to the limit.
        if self._idle_workers.acquire(timeout=0):
            return
        n = len(self._threads)
        if n >= self._max_workers:
            return
        t = threading.Thread(name='%s_%d' % (self._thread_name_prefix or self, n),
                             target=_worker,
                             args=(self, self._work_queue, self._initializer, self._initargs))
        t.start()
        self._threads.add(t)
        _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            for item in self._drain():
                item.future.set_exception(BrokenThreadPool(self._broken))

    def _drain(self):
        # The work items still queued (the wake-ups dropped).
        items = []
        while True:
            try:
                item = self._work_queue.get_nowait()
            except queue.Empty:
                return items
            if item is not None:
                items.append(item)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Clean-up the resources associated with the Executor.

        Calling it again is harmless; nothing may be submitted afterwards. wait: return only
        once running futures are done and the threads have ended; cancel_futures: cancel
        the futures that have not started."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for item in self._drain():
                    item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
