"""Implements ProcessPoolExecutor."""

# Written for gopy; CPython 3.11's Lib/concurrent/futures/process.py is the specification
# (what is pickled to the workers, messages, when workers start and stop).
#
# How it works. submit() files a _WorkItem under a number in _pending and puts
# the number in _queued_ids. One manager thread per executor moves work into the call queue
# (a multiprocessing Queue the workers read, kept short so that queued futures can still
# be cancelled), and waits, with multiprocessing.connection.wait, on three things: the
# result queue's reader, a wake-up pipe (submit() and shutdown() write to it), and the
# workers' sentinels. A sentinel that becomes ready before a result means a worker died
# (killed, os._exit): the pool is broken, every pending future gets BrokenProcessPool and
# the other workers are terminated. With the 'fork' start method every worker starts on
# the first submit(); otherwise they start one by one as work comes and none is idle.
#
# gopy has no weak references: the manager thread holds its executor until shutdown() or
# the interpreter's exit (_python_exit, run by threading before non-daemon threads are
# joined, tells every manager to finish the pending work and stop its workers).

import itertools
import os
import queue
import sys
import threading
from functools import partial
from traceback import format_exception

import multiprocessing as mp
import multiprocessing.connection
from multiprocessing.queues import Queue

from concurrent.futures import _base

_threads_wakeups = {}
_global_shutdown = False

# Calls put in the call queue beyond one per worker (they can no longer be cancelled).
EXTRA_QUEUED_CALLS = 1

_MAX_WINDOWS_WORKERS = 63 - 2


class _ThreadWakeup:
    """A pipe whose reading end the manager thread waits on with the rest."""

    def __init__(self):
        self._closed = False
        self._reader, self._writer = mp.Pipe(duplex=False)

    def wakeup(self):
        if not self._closed:
            self._writer.send_bytes(b"")

    def clear(self):
        if self._closed:
            return
        reader = self._reader
        while reader.poll():
            reader.recv_bytes()

    def close(self):
        if self._closed:
            return
        self._closed = True
        self._writer.close()
        self._reader.close()


def _python_exit():
    global _global_shutdown
    _global_shutdown = True
    pairs = list(_threads_wakeups.items())
    for _, wakeup in pairs:
        wakeup.wakeup()
    for thread, _ in pairs:
        thread.join()


threading._register_atexit(_python_exit)


class _RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, as text (its __cause__)."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _ExceptionWithTraceback:
    """A worker's exception, sent back with the text of its traceback."""

    def __init__(self, exc, tb):
        text = ''.join(format_exception(type(exc), exc, tb))
        exc.__traceback__ = None
        self.exc = exc
        self.tb = '\n"""\n' + text + '"""'

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _ResultItem(object):
    def __init__(self, work_id, exception=None, result=None, exit_pid=None):
        self.work_id = work_id
        self.exception = exception
        self.result = result
        self.exit_pid = exit_pid


class _CallItem(object):
    def __init__(self, work_id, fn, args, kwargs):
        self.work_id = work_id
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


class _SafeQueue(Queue):
    """The call queue: a call that cannot be sent fails its own future, not the pool."""

    def __init__(self, max_size=0, *, ctx, pending, lock,
                 wakeup_pipe):
        self.pending = pending
        self.lock = lock
        self.wakeup_pipe = wakeup_pipe
        super().__init__(max_size, ctx=ctx)

    def _on_queue_feeder_error(self, e, obj):
        # gopy's Queue.put pickles at once, so the manager thread calls this when put()
        # fails, where CPython's feeder thread would.
        if not isinstance(obj, _CallItem):
            raise e
        text = ''.join(format_exception(type(e), e, e.__traceback__))
        e.__cause__ = _RemoteTraceback('\n"""\n' + text + '"""')
        item = self.pending.pop(obj.work_id, None)
        with self.lock:
            self.wakeup_pipe.wakeup()
        if item is not None:
            item.future.set_exception(e)


def _get_chunks(*iterables, chunksize):
    """The zip() of iterables, as tuples of up to chunksize argument tuples."""
    args = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(args, chunksize))
        if not chunk:
            return
        yield chunk


def _process_chunk(fn, chunk):
    """Runs fn on each argument tuple of a chunk, in a worker process."""
    return [fn(*args) for args in chunk]


def _sendback_result(result_queue, work_id, result=None, exception=None, exit_pid=None):
    """Puts a result in the result queue, or the error that prevented it (unpicklable)."""
    try:
        result_queue.put(_ResultItem(work_id, result=result, exception=exception,
                                     exit_pid=exit_pid))
    except BaseException as e:
        wrapped = _ExceptionWithTraceback(e, e.__traceback__)
        result_queue.put(_ResultItem(work_id, exception=wrapped, exit_pid=exit_pid))


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    """The loop of a worker process: run the calls of call_queue, put their outcome in
    result_queue; None asks it to stop (it answers with its pid)."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            # The pool sees this worker end without a result: it becomes broken.
            return
    done = 0
    while True:
        item = call_queue.get(block=True)
        if item is None:
            result_queue.put(os.getpid())
            return
        done += 1
        last = max_tasks is not None and done >= max_tasks
        exit_pid = os.getpid() if last else None
        try:
            value = item.fn(*item.args, **item.kwargs)
        except BaseException as e:
            wrapped = _ExceptionWithTraceback(e, e.__traceback__)
            _sendback_result(result_queue, item.work_id, exception=wrapped, exit_pid=exit_pid)
        else:
            _sendback_result(result_queue, item.work_id, result=value, exit_pid=exit_pid)
        item = value = None
        if last:
            return


class _ExecutorManagerThread(threading.Thread):
    """Feeds the workers and completes the futures of one executor (see above)."""

    def __init__(self, executor):
        self.executor = executor
        self.wakeup_pipe = executor._wakeup
        self.lock = executor._lock
        self.processes = executor._processes
        self.call_queue = executor._call_queue
        self.result_queue = executor._result_queue
        self.queued_ids = executor._queued_ids
        self.max_tasks_per_child = executor._max_tasks_per_child
        self.pending = executor._pending
        super().__init__()

    def run(self):
        while True:
            self.add_call_item_to_queue()
            item, broken, cause = self.wait_result_broken_or_wakeup()
            if broken:
                self.terminate_broken(cause)
                return
            if item is not None:
                if self.process_result_item(item):
                    return
            if self.is_shutting_down():
                self.flag_executor_shutting_down()
                # Queue what can still go (the pending calls run before the workers stop).
                self.add_call_item_to_queue()
                if not self.pending:
                    self.join_executor_internals()
                    return

    def add_call_item_to_queue(self):
        # Moves work from _queued_ids to the call queue while it has room; cancelled work
        # is dropped here.
        while not self.call_queue.full():
            try:
                work_id = self.queued_ids.get(block=False)
            except queue.Empty:
                return
            item = self.pending.get(work_id)
            if item is None:
                continue
            if not item.future.set_running_or_notify_cancel():
                del self.pending[work_id]
                continue
            call = _CallItem(work_id, item.fn, item.args, item.kwargs)
            try:
                self.call_queue.put(call, block=True)
            except BaseException as e:
                self.call_queue._on_queue_feeder_error(e, call)

    def wait_result_broken_or_wakeup(self):
        """(result item, broken, cause): what woke the manager up."""
        result_reader = self.result_queue._reader
        wakeup_reader = self.wakeup_pipe._reader
        sentinels = [p.sentinel for p in list(self.processes.values())]
        ready = mp.connection.wait([result_reader, wakeup_reader] + sentinels)
        item, broken, cause = None, True, None
        if result_reader in ready:
            try:
                item = result_reader.recv()
                broken = False
            except BaseException as e:
                cause = format_exception(type(e), e, e.__traceback__)
        elif wakeup_reader in ready:
            broken = False
        self.wakeup_pipe.clear()
        return item, broken, cause

    def process_result_item(self, item):
        """Completes a future with a worker's result; True when the manager is done."""
        if isinstance(item, int):
            # A worker's pid: it stopped as shutdown asked.
            p = self.processes.pop(item, None)
            if p is not None:
                p.join()
            if not self.processes:
                self.join_executor_internals()
                return True
            return False
        work = self.pending.pop(item.work_id, None)
        if work is not None:
            if item.exception:
                work.future.set_exception(item.exception)
            else:
                work.future.set_result(item.result)
        work = None
        executor = self.executor
        if item.exit_pid is not None:
            # The worker reached max_tasks_per_child and ended: replace it.
            p = self.processes.pop(item.exit_pid, None)
            if p is not None:
                p.join()
            # CPython 3.11 asks _adjust_process_count(), which starts none when an idle
            # token is left over, and then hangs with work pending and no worker (fixed in
            # 3.13): the replacement starts here whatever the count of idle workers.
            if executor is not None:
                with self.lock:
                    if executor._processes is not None and len(executor._processes) < executor._max_workers:
                        executor._spawn_process()
        elif executor is not None:
            executor._idle_workers.release()
        return False

    def is_shutting_down(self):
        executor = self.executor
        return _global_shutdown or executor is None or executor._closing

    def terminate_broken(self, cause):
        executor = self.executor
        if executor is not None:
            executor._broken = ('A child process terminated '
                                'abruptly, the process pool is not '
                                'usable anymore')
            executor._closing = True
        error = BrokenProcessPool("A process in the process pool was "
                                  "terminated abruptly while the future was "
                                  "running or pending.")
        if cause is not None:
            error.__cause__ = _RemoteTraceback("\n'''\n" + ''.join(cause) + "'''")
        items = list(self.pending.values())
        self.pending.clear()
        for work in items:
            work.future.set_exception(error)
        for p in self.processes.values():
            p.terminate()
        self.call_queue._reader.close()
        self.join_executor_internals()

    def flag_executor_shutting_down(self):
        executor = self.executor
        if executor is None:
            return
        executor._closing = True
        if not executor._cancel_queued:
            return
        # shutdown(cancel_futures=True): what has not started is cancelled.
        for work_id, work in list(self.pending.items()):
            if work.future.cancel():
                del self.pending[work_id]
        while True:
            try:
                self.queued_ids.get_nowait()
            except queue.Empty:
                break
        executor._cancel_queued = False

    def shutdown_workers(self):
        # One None per live worker; the queue may be full, so retry while some live.
        to_stop = self.get_n_children_alive()
        sent = 0
        while sent < to_stop and self.get_n_children_alive() > 0:
            try:
                self.call_queue.put_nowait(None)
            except queue.Full:
                continue
            sent += 1

    def join_executor_internals(self):
        self.shutdown_workers()
        self.call_queue.close()
        self.call_queue.join_thread()
        with self.lock:
            self.wakeup_pipe.close()
        for p in self.processes.values():
            p.join()
        self.executor = None

    def get_n_children_alive(self):
        n = 0
        for p in self.processes.values():
            if p.is_alive():
                n += 1
        return n


_limits_checked = False
_limits_error = None


def _check_system_limits():
    global _limits_checked, _limits_error
    if _limits_checked and _limits_error:
        raise NotImplementedError(_limits_error)
    _limits_checked = True
    try:
        limit = os.sysconf("SC_SEM_NSEMS_MAX")
    except (AttributeError, ValueError):
        return
    if limit == -1 or limit >= 256:
        return
    _limits_error = ("system provides too few semaphores (%d"
                       " available, 256 necessary)" % limit)
    raise NotImplementedError(_limits_error)


def _chain_from_iterable_of_lists(iterable):
    """Yields the items of each list of iterable in turn, letting go of each as it goes."""
    for chunk in iterable:
        chunk.reverse()
        while chunk:
            yield chunk.pop()


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


def _replaying():
    # A spawned child re-running its parent's main module (gopy's spawn, see
    # multiprocessing): the parent's workers did the executor's work.
    f = getattr(mp, '_replaying', None)
    return f is not None and f()


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Initializes a new ProcessPoolExecutor instance.

        max_workers: the number of worker processes (default: the number of CPUs);
        mp_context: the multiprocessing context that starts them; initializer(*initargs)
        runs first in each worker; max_tasks_per_child: a worker ends and is replaced
        after that many calls (not with the 'fork' start method; 'spawn' is then the
        default)."""
        _check_system_limits()
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        if mp_context is None:
            mp_context = mp.get_context("spawn" if max_tasks_per_child is not None else None)
        self._mp_context = mp_context
        method = mp_context.get_start_method(allow_none=False)
        self._spawn_on_demand = method != "fork"
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
            if method == "fork":
                raise ValueError("max_tasks_per_child is incompatible with"
                                 " the 'fork' multiprocessing start method;"
                                 " supply a different mp_context.")
        self._max_tasks_per_child = max_tasks_per_child
        self._manager = None
        self._processes = {}
        self._closing = False
        self._lock = threading.Lock()
        self._idle_workers = threading.Semaphore(0)
        self._broken = False
        self._queue_count = 0
        self._pending = {}
        self._cancel_queued = False
        self._replay = _replaying()
        self._replay_at = None
        self._wakeup = _ThreadWakeup()
        self._call_queue = _SafeQueue(
            max_size=self._max_workers + EXTRA_QUEUED_CALLS, ctx=self._mp_context,
            pending=self._pending,
            lock=self._lock,
            wakeup_pipe=self._wakeup)
        self._call_queue._ignore_epipe = True
        self._result_queue = mp_context.SimpleQueue()
        self._queued_ids = queue.Queue()

    def _start_manager(self):
        if self._manager is not None:
            return
        if not self._spawn_on_demand:
            self._launch_processes()
        thread = _ExecutorManagerThread(self)
        self._manager = thread
        thread.start()
        _threads_wakeups[thread] = self._wakeup

    def _adjust_process_count(self):
        # A worker that is idle takes the work; otherwise one more starts, up to the limit.
        if self._idle_workers.acquire(blocking=False):
            return
        if len(self._processes) < self._max_workers:
            self._spawn_process()

    def _launch_processes(self):
        for _ in range(len(self._processes), self._max_workers):
            self._spawn_process()

    def _spawn_process(self):
        p = self._mp_context.Process(
            target=_process_worker,
            args=(self._call_queue, self._result_queue, self._initializer,
                  self._initargs, self._max_tasks_per_child))
        if self._replay_at is not None and threading.current_thread() is not threading.main_thread():
            # Started by the manager thread, which a child's replay of the main module
            # cannot reach: its child replays up to this executor's first worker.
            p._replay_at = self._replay_at
        p.start()
        if self._replay_at is None:
            index = getattr(mp, '_start_index', None)
            if index is not None and not self._replay:
                self._replay_at = index(p)
        self._processes[p.pid] = p

    def submit(*args, **kwargs):
        """Submits a callable to be executed with the given arguments.

        Schedules fn(*args, **kwargs) and returns a Future representing it."""
        if len(args) < 2:
            if not args:
                raise TypeError("ProcessPoolExecutor.submit() missing 2 required positional arguments: 'self' and 'fn'")
            raise TypeError("ProcessPoolExecutor.submit() missing 1 required positional argument: 'fn'")
        self, fn, args = args[0], args[1], args[2:]
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._closing:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _global_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            if self._replay:
                return self._submit_in_replay(future, fn, args, kwargs)
            self._pending[self._queue_count] = _WorkItem(future, fn, args, kwargs)
            self._queued_ids.put(self._queue_count)
            self._queue_count += 1
            self._wakeup.wakeup()
            if self._spawn_on_demand:
                self._adjust_process_count()
            self._start_manager()
            return future

    def _submit_in_replay(self, future, fn, args, kwargs):
        # The workers are started as in the parent (the replay stops at the start() of
        # this child), then the call runs here, in the replaying process.
        if self._spawn_on_demand:
            if len(self._processes) < self._max_workers:
                self._spawn_process()
        elif not self._processes:
            self._launch_processes()
        future.set_running_or_notify_cancel()
        try:
            value = fn(*args, **kwargs)
        except BaseException as e:
            future.set_exception(e)
        else:
            future.set_result(value)
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Returns an iterator equivalent to map(fn, iter).

        The arguments go to the workers chunksize at a time; timeout bounds the whole
        iteration (TimeoutError); an exception of fn is raised when its value is reached."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        chunks = super().map(partial(_process_chunk, fn),
                             _get_chunks(*iterables, chunksize=chunksize),
                             timeout=timeout)
        return _chain_from_iterable_of_lists(chunks)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Clean-up the resources associated with the Executor.

        Calling it again is harmless; nothing may be submitted afterwards. wait: return only
        once running futures are done and the workers have ended; cancel_futures: cancel
        the futures that have not started."""
        with self._lock:
            self._cancel_queued = cancel_futures
            self._closing = True
            if self._wakeup is not None:
                self._wakeup.wakeup()
        if self._manager is not None and wait:
            self._manager.join()
        self._manager = None
        self._call_queue = None
        if self._result_queue is not None and wait:
            self._result_queue.close()
        self._result_queue = None
        self._processes = None
        self._wakeup = None
