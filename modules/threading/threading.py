"""Thread module emulating a subset of Java's threading model (gopy)."""

import _thread
import sys as _sys
from time import monotonic as _time

_start_joinable = _thread._start_joinable
_allocate_lock = _thread.allocate_lock
_property = _thread._property
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
_CRLock = _thread.RLock
local = _thread._local

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']


def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock."""
    return _CRLock(*args, **kwargs)


def _remove(items, x):
    i = 0
    n = len(items)
    while i < n:
        if items[i] is x:
            del items[i]
            return True
        i += 1
    return False


class Condition:
    """Class that implements a condition variable."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, a=None, b=None, c=None):
        return self._lock.__exit__(a, b, c)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (repr(self._lock), len(self._waiters))

    def _is_owned(self):
        return self._lock._is_owned()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._lock._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._lock._acquire_restore(saved_state)
            if not gotit:
                _remove(self._waiters, waiter)

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while n > 0 and len(self._waiters) > 0:
            waiter = self._waiters[0]
            del self._waiters[0]
            waiter.release()
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """This class implements semaphore objects."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d>" % (cls.__module__, cls.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        self._cond.acquire()
        try:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        finally:
            self._cond.release()
        return rc

    def __enter__(self):
        return self.acquire()

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._cond.acquire()
        try:
            self._value += n
            self._cond.notify(n)
        finally:
            self._cond.release()

    def __exit__(self, t=None, v=None, tb=None):
        self.release()


class BoundedSemaphore(Semaphore):
    """Implements a bounded semaphore."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %#x: value=%d/%d>" % (cls.__module__, cls.__qualname__, id(self),
                                                 self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._cond.acquire()
        try:
            if n + self._value > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)
        finally:
            self._cond.release()

    def __exit__(self, t=None, v=None, tb=None):
        self.release()


class Event:
    """Class implementing event objects."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = ('unset', 'set')[bool(self._flag)]
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._cond.acquire()
        try:
            self._flag = True
            self._cond.notify_all()
        finally:
            self._cond.release()

    def clear(self):
        self._cond.acquire()
        try:
            self._flag = False
        finally:
            self._cond.release()

    def wait(self, timeout=None):
        self._cond.acquire()
        try:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled
        finally:
            self._cond.release()


BrokenBarrierError = _thread._BrokenBarrierError


class Barrier:
    """Implements a Barrier."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # states: 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self._state == -2:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (cls.__module__, cls.__qualname__, id(self),
                                                  self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        self._cond.acquire()
        try:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()
        finally:
            self._cond.release()

    def _enter(self):
        while self._state == 1 or self._state == -1:
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(self._not_filling, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _not_filling(self):
        return self._state != 0

    def _exit(self):
        if self._count == 0:
            if self._state == -1 or self._state == 1:
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        self._cond.acquire()
        try:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()
        finally:
            self._cond.release()

    def abort(self):
        self._cond.acquire()
        try:
            self._break()
        finally:
            self._cond.release()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    def _get_parties(self):
        return self._parties

    def _get_n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    def _get_broken(self):
        return self._state == -2

    parties = _property(_get_parties)
    n_waiting = _property(_get_n_waiting)
    broken = _property(_get_broken)


_counter = [0]


def _newname(name_template="Thread-%d"):
    _counter[0] += 1
    return name_template % _counter[0]


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return "ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)" % (
            self.exc_type, self.exc_value, self.exc_traceback, self.thread)


def excepthook(args):
    """Handle uncaught Thread.run() exception."""
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    _thread._print_exception("Exception in thread %s:" % name, args.exc_value, args.exc_traceback)


__excepthook__ = excepthook


class Thread:
    """A class that represents a thread of control."""

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name = name + " (" + target.__name__ + ")"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = bool(daemon)
        self._ident = None
        self._native_id = None
        self._handle = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped or (self._handle is not None and self._handle.is_done()):
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %d" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        try:
            ok = self._initialized
        except AttributeError:
            ok = False
        if not ok:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._handle = _start_joinable(self._bootstrap, self)
        self._ident = self._handle.ident
        self._native_id = self._handle.native_id
        self._started.set()

    def run(self):
        try:
            target, args, kwargs = self._target, self._args, self._kwargs
            if target is not None:
                target(*args, **kwargs)
        finally:
            # the thread must not keep what its target and arguments reference
            target = args = kwargs = None
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        if _profile_hook is not None:
            _sys.setprofile(_profile_hook)
        info = _thread._run(self.run)
        if info is not None:
            self._invoke_excepthook(info)
        self._is_stopped = True

    def _invoke_excepthook(self, info):
        hook = excepthook
        err = _thread._run(hook, ExceptHookArgs(info[0], info[1], info[2], self))
        if err is not None:
            _thread._print_exception("Exception in threading.excepthook:", err[1], err[2])

    def join(self, timeout=None):
        try:
            ok = self._initialized
        except AttributeError:
            ok = False
        if not ok:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._handle is None:
            return
        if timeout is None:
            self._handle.join()
        else:
            self._handle.join(max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if not self._started.is_set() or self._handle is None:
            return False
        return not self._handle.is_done()

    def _get_name(self):
        return self._name

    def _set_name(self, name):
        self._name = str(name)

    def _get_ident(self):
        return self._ident

    def _get_native_id(self):
        return self._native_id

    def _get_daemon(self):
        return self._daemonic

    def _set_daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    name = _property(_get_name, _set_name)
    ident = _property(_get_ident)
    native_id = _property(_get_native_id)
    daemon = _property(_get_daemon, _set_daemon)

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self._set_daemon(daemonic)

    def getName(self):
        return self._name

    def setName(self, name):
        self._set_name(name)


class Timer(Thread):
    """Call a function after a specified number of seconds."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        if args is None:
            args = []
        if kwargs is None:
            kwargs = {}
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            fn, args, kwargs = self.function, self.args, self.kwargs
            fn(*args, **kwargs)
        self.finished.set()


class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = _thread._main_ident()
        self._native_id = None
        if get_ident() == self._ident:
            self._native_id = get_native_id()
        self._started.set()

    def is_alive(self):
        return True


class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    """Return the current Thread object."""
    t = _thread._get_object()
    if t is None:
        t = _DummyThread()
        _thread._set_object(get_ident(), t)
    return t


currentThread = current_thread


def active_count():
    """Return the number of Thread objects currently alive."""
    return len(enumerate())


activeCount = active_count


def enumerate():
    """Return a list of all Thread objects currently alive."""
    out = []
    for t in _thread._objects():
        if t.is_alive():
            out.append(t)
    return out


def main_thread():
    """Return the main thread object."""
    return _main_thread


def settrace(func):
    pass


_profile_hook = None


def setprofile(func):
    """Set the profile function of the threads started from now on (each
    calls sys.setprofile(func) before its run())."""
    global _profile_hook
    _profile_hook = func


def gettrace():
    return None


def getprofile():
    """The profile function set by setprofile()."""
    return _profile_hook


def stack_size(size=0):
    return 0


_atexit_calls = []
_shutting_down = False


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at exit, before the non-daemon threads are joined
    (last registered, first called)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _atexit_calls.append((func, arg, kwargs))


def _shutdown():
    """Wait until the non-daemon threads have ended (at interpreter exit)."""
    global _shutting_down
    _shutting_down = True
    while _atexit_calls:
        func, arg, kwargs = _atexit_calls.pop()
        func(*arg, **kwargs)
    me = current_thread()
    while True:
        pending = []
        for t in _thread._objects():
            if t is me or t._daemonic or not t.is_alive():
                continue
            if t is _main_thread:
                continue
            pending.append(t)
        if len(pending) == 0:
            return
        for t in pending:
            t.join()


_main_thread = _MainThread()
_thread._set_object(_thread._main_ident(), _main_thread)
