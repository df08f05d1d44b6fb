# multiprocessing.pool, second part: the Pool and ThreadPool classes. pool.go runs this
# file after pool.py in the same module namespace.


class Pool:
    """A pool of worker processes to which tasks are submitted."""

    _wrap_exception = True
    _checks_start = True  # the workers are processes (not ThreadPool's threads)

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._ctx = context or multiprocessing.get_context()
        self._setup_queues()
        self._taskqueue = queue.SimpleQueue()
        self._cache = {}
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        # Each worker writes its pid in its slot once it has started (gopy): one that exits
        # with an error before that, as when its arguments cannot be unpickled, would fail
        # the same way each time it is replaced; the pool fails its tasks instead of
        # replacing it for ever (CPython's pool hangs).
        self._started = None
        if self._checks_start:
            self._started = multiprocessing.RawArray('q', processes)
        self._broken = None
        self._broken_told = False  # a call was failed with the ProcessError already
        # Set when the pool's state changes, so the worker handler sees close() and
        # terminate() at once instead of at its next look at the workers.
        self._wakeup = threading.Event()
        try:
            self._repopulate_pool()
        except Exception:
            for p in self._pool:
                if p.exitcode is None:
                    p.terminate()
            for p in self._pool:
                p.join()
            raise
        self._state = RUN
        # The handler threads run methods of a second instance sharing this one's __dict__,
        # so they hold no reference to the pool the script holds: once the script drops
        # it, its finalizer terminates the workers (CPython's pool is terminated by its
        # Finalize when it is collected, as when a function's local pool goes).
        core = object.__new__(type(self))
        core.__dict__ = self.__dict__
        self._worker_handler = threading.Thread(target=core._handle_workers, daemon=True)
        self._worker_handler._state = RUN
        self._worker_handler.start()
        self._task_handler = threading.Thread(target=core._handle_tasks, daemon=True)
        self._task_handler._state = RUN
        self._task_handler.start()
        self._result_handler = threading.Thread(target=core._handle_results, daemon=True)
        self._result_handler._state = RUN
        self._result_handler.start()
        # At exit a pool still referenced dies with its daemon workers in the exit function.
        weakref.finalize(self, _drop_pool, core).atexit = False

    def _setup_queues(self):
        self._inqueue = self._ctx.SimpleQueue()
        self._outqueue = self._ctx.SimpleQueue()

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} pool_size={len(self._pool)}>')

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def _repopulate_pool(self):
        """Start workers until the pool has its size again."""
        used = {w._slot for w in self._pool}
        free = [s for s in range(self._processes) if s not in used]
        # The workers made here at once share one copy of this process's state (gopy's
        # 'fork' start method pickles it once for them, see fork.go).
        multiprocessing._fork_batch(True)
        try:
            for slot in free:
                started = None
                if self._started is not None:
                    self._started[slot] = 0
                    started = (self._started, slot)
                w = self.Process(self._ctx, target=worker,
                                 args=(self._inqueue, self._outqueue, self._initializer,
                                       self._initargs, self._maxtasksperchild,
                                       self._wrap_exception, started))
                w._slot = slot
                w.name = w.name.replace('Process', 'PoolWorker')
                w.daemon = True
                w.start()
                self._pool.append(w)
        finally:
            multiprocessing._fork_batch(False)

    def _join_exited_workers(self):
        cleaned = False
        for i in reversed(range(len(self._pool))):
            w = self._pool[i]
            if w.exitcode is not None:
                w.join()
                cleaned = True
                if (self._started is not None and w.exitcode > 0
                        and self._started[w._slot] != w.pid and self._broken is None):
                    self._broken = w.exitcode
                del self._pool[i]
        return cleaned

    def _broken_error(self):
        return multiprocessing.ProcessError(
            "a pool worker exited with code %d before it could start" % self._broken)

    def _fail_tasks(self):
        """Fail every task of a pool whose workers cannot start."""
        waiting = list(self._cache.values())
        if waiting:
            self._broken_told = True
        for result in waiting:
            result._fail(self._broken_error())

    def _handle_workers(self):
        thread = threading.current_thread()
        while thread._state == RUN or (self._cache and thread._state != TERMINATE):
            if self._join_exited_workers() and thread._state == RUN and self._broken is None:
                self._repopulate_pool()
            if self._broken is not None:
                if thread._state == RUN:
                    self._state = thread._state = CLOSE
                self._fail_tasks()
            self._wakeup.wait(0.1)
            self._wakeup.clear()
        self._taskqueue.put(None)

    def _handle_tasks(self):
        thread = threading.current_thread()
        while True:
            item = self._taskqueue.get()
            if item is None or thread._state != RUN:
                break
            taskseq, set_length = item
            task = None
            i = -1
            try:
                for i, task in enumerate(taskseq):
                    if thread._state != RUN:
                        break
                    try:
                        self._inqueue.put(task)
                    except Exception as e:
                        job, idx = task[:2]
                        try:
                            self._cache[job]._set(idx, (False, e))
                        except KeyError:
                            pass
                else:
                    if set_length:
                        set_length(i + 1)
                    continue
                break
            finally:
                task = taskseq = job = item = None
        try:
            self._outqueue.put(None)
            if thread._state == TERMINATE and self._checks_start:
                # terminate() kills the worker processes: one that took a sentinel and
                # exited first would flush the output it buffered, which CPython's lose
                # with the killed workers (its terminate holds the queue's read lock).
                return
            for _ in self._pool:
                self._inqueue.put(None)
        except OSError:
            pass  # the queues were closed under us: nothing left to tell the workers

    def _handle_results(self):
        thread = threading.current_thread()
        while True:
            try:
                task = self._outqueue.get()
            except (OSError, EOFError):
                return
            if thread._state != RUN or task is None:
                break
            self._set_result(task)
        while self._cache and thread._state != TERMINATE:
            try:
                task = self._outqueue.get()
            except (OSError, EOFError):
                return
            if task is not None:
                self._set_result(task)

    def _set_result(self, task):
        job, i, obj = task
        try:
            self._cache[job]._set(i, obj)
        except KeyError:
            pass

    def _check_running(self):
        if self._state != RUN:
            if self._broken is not None and not self._broken_told:
                # The pool closed itself before any call saw why (its workers cannot
                # start): the first call gets the reason, as it would have a moment later.
                self._broken_told = True
                raise self._broken_error()
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        """Call func(*args, **kwds) in a worker and return its result."""
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        """Apply func to each element of iterable in the workers; return the list."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """Like map(), with each element of iterable unpacked as arguments."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        """Asynchronous starmap(): return a MapResult."""
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        """Asynchronous map(): return a MapResult."""
        return self._map_async(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def _guarded_task_generation(self, result_job, func, iterable):
        i = -1
        try:
            for i, x in enumerate(iterable):
                yield (result_job, i, func, (x,), {})
        except Exception as e:
            yield (result_job, i + 1, _helper_reraises_exception, (e,), {})

    def imap(self, func, iterable, chunksize=1):
        """An iterator over func applied to each element, in order."""
        return self._imap(IMapIterator, func, iterable, chunksize, "{0:n}")

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap(), with the results in the order they are ready."""
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize, "{0!r}")

    def _imap(self, iterator, func, iterable, chunksize, fmt):
        self._check_running()
        if chunksize == 1:
            result = iterator(self)
            self._taskqueue.put((self._guarded_task_generation(result._job, func, iterable),
                                 result._set_length))
            return result
        if chunksize < 1:
            raise ValueError(("Chunksize must be 1+, not " + fmt).format(chunksize))
        result = iterator(self)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapstar,
                                                           _chunks(func, iterable, chunksize)),
                             result._set_length))
        return _flatten(result)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        """Call func(*args, **kwds) in a worker; return an ApplyResult."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback=error_callback)
        self._taskqueue.put((self._guarded_task_generation(result._job, mapper,
                                                           _chunks(func, iterable, chunksize or 1)),
                             None))
        return result

    def close(self):
        """Accept no more tasks; the workers exit once the queued tasks are done."""
        if self._state == RUN:
            self._state = CLOSE
            self._worker_handler._state = CLOSE
            self._wakeup.set()

    def terminate(self):
        """Stop the workers at once, with the tasks not done yet left undone."""
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._worker_handler._state = TERMINATE
        self._task_handler._state = TERMINATE
        self._result_handler._state = TERMINATE
        self._wakeup.set()
        self._taskqueue.put(None)
        self._outqueue.put(None)
        if threading.current_thread() is not self._worker_handler:
            self._worker_handler.join()
        for p in self._pool:
            if p.exitcode is None:
                p.terminate()
        if threading.current_thread() is not self._task_handler:
            self._task_handler.join(1.0)
        if threading.current_thread() is not self._result_handler:
            self._result_handler.join(1.0)
        for p in self._pool:
            p.join()

    def join(self):
        """Wait for the workers to exit; close() or terminate() must come first."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._worker_handler.join()
        self._task_handler.join()
        self._result_handler.join()
        for p in self._pool:
            p.join()

    def __enter__(self):
        if self._broken is None:
            self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _drop_pool(core):
    """Terminate a pool the script no longer references."""
    if core._state != TERMINATE:
        core.terminate()


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process (multiprocessing.pool.ThreadPool)."""

    _wrap_exception = False
    _checks_start = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        return _DummyProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()


class _DummyProcess(threading.Thread):
    """A worker thread that looks enough like a Process for the pool."""

    @property
    def exitcode(self):
        return None if self.is_alive() or self.ident is None else 0

    def terminate(self):
        pass
