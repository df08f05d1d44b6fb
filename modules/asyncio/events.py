"""Event loop interfaces, callback handles, the policy and the running loop."""

# Written for gopy. The running loop is kept per thread (a threading.local); the default
# policy makes a SelectorEventLoop for the main thread on demand, as CPython's does.

__all__ = (
    'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    'get_child_watcher', 'set_child_watcher',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

import contextvars
import os
import threading

from . import format_helpers


class Handle:
    """A callback with its arguments, scheduled on a loop; cancel() drops it."""

    __slots__ = ('_loop', '_callback', '_args', '_context', '_cancelled', '_repr',
                 '_source_traceback', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        self._source_traceback = None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            self._repr = repr(self)
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            ctx, fn, args = self._context, self._callback, self._args
            ctx.run(fn, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            where = format_helpers._format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {where}',
                'exception': exc,
                'handle': self,
            })
        self = None


class TimerHandle(Handle):
    """A Handle due at a time of the loop's clock (loop.time())."""

    __slots__ = ['_scheduled', '_when']

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self == other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self == other
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return (self._when == other._when and self._callback == other._callback
                and self._args == other._args and self._cancelled == other._cancelled)

    def cancel(self):
        if not self._cancelled:
            loop = self._loop
            loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractServer:
    """What a server made by loop.create_server offers."""

    def close(self):
        raise NotImplementedError

    def get_loop(self):
        raise NotImplementedError

    def is_serving(self):
        raise NotImplementedError

    async def start_serving(self):
        raise NotImplementedError

    async def serve_forever(self):
        raise NotImplementedError

    async def wait_closed(self):
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _abstract(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError
    method.__name__ = name
    return method


class AbstractEventLoop:
    """The interface every event loop implements."""


for _name in ('run_forever', 'run_until_complete', 'stop', 'is_running', 'is_closed',
              'close', 'shutdown_asyncgens', 'shutdown_default_executor',
              '_timer_handle_cancelled', 'call_soon', 'call_later', 'call_at', 'time',
              'create_future', 'create_task', 'call_soon_threadsafe', 'run_in_executor',
              'set_default_executor', 'getaddrinfo', 'getnameinfo', 'create_connection',
              'create_server', 'sendfile', 'start_tls', 'create_unix_connection',
              'create_unix_server', 'connect_accepted_socket', 'create_datagram_endpoint',
              'connect_read_pipe', 'connect_write_pipe', 'subprocess_shell',
              'subprocess_exec', 'add_reader', 'remove_reader', 'add_writer',
              'remove_writer', 'sock_recv', 'sock_recv_into', 'sock_recvfrom',
              'sock_recvfrom_into', 'sock_sendall', 'sock_sendto', 'sock_connect',
              'sock_accept', 'sock_sendfile', 'add_signal_handler',
              'remove_signal_handler', 'set_task_factory', 'get_task_factory',
              'get_exception_handler', 'set_exception_handler',
              'default_exception_handler', 'call_exception_handler', 'get_debug',
              'set_debug'):
    setattr(AbstractEventLoop, _name, _abstract(_name))
del _name


class AbstractEventLoopPolicy:
    """Decides which loop get_event_loop() gives in a context."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread; the main thread gets one made on first request."""

    _loop_factory = None

    class _Local(threading.local):
        _loop = None
        _set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        local = self._local
        if (local._loop is None and not local._set_called
                and threading.current_thread() is threading.main_thread()):
            fresh = self.new_event_loop()
            self.set_event_loop(fresh)
        if local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if not (loop is None or isinstance(loop, AbstractEventLoop)):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None
_policy_lock = threading.Lock()


class _RunningLoop(threading.local):
    loop_pid = (None, None)


_running_loop = _RunningLoop()


def get_running_loop():
    """The loop running in this thread; RuntimeError when none runs."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    loop, pid = _running_loop.loop_pid
    if loop is not None and pid == os.getpid():
        return loop
    return None


def _set_running_loop(loop):
    pid = os.getpid()
    _running_loop.loop_pid = loop, pid


def _init_event_loop_policy():
    global _event_loop_policy
    with _policy_lock:
        if _event_loop_policy is None:
            from . import DefaultEventLoopPolicy
            policy_class = DefaultEventLoopPolicy
            _event_loop_policy = policy_class()


def get_event_loop_policy():
    """The policy in use (the default one unless set)."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Replace the policy; None restores the default."""
    global _event_loop_policy
    if not (policy is None or isinstance(policy, AbstractEventLoopPolicy)):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, else the policy's loop for this thread."""
    loop = _get_running_loop()
    if loop is not None:
        return loop
    return _policy().get_event_loop()


def _get_event_loop(stacklevel=3):
    return _get_running_loop() or _policy().get_event_loop()


_policy = get_event_loop_policy


def set_event_loop(loop):
    """Make loop the current loop of this thread (through the policy)."""
    _policy().set_event_loop(loop)


def new_event_loop():
    """A new loop made by the policy."""
    return _policy().new_event_loop()


def get_child_watcher():
    """The policy's child watcher."""
    return _policy().get_child_watcher()


def set_child_watcher(watcher):
    """Set the policy's child watcher."""
    return _policy().set_child_watcher(watcher)
