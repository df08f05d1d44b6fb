"""The Unix event loop: signal handlers, pipes, subprocesses; the default policy."""

# Written for gopy. Signals reach the loop as CPython's do: signal.set_wakeup_fd points
# at the loop's self pipe, the byte written there names the signal and the loop calls
# the handler from its own iteration. A child process is watched by a thread that waits
# for it (CPython's ThreadedChildWatcher) and reports its status to the loop.

__all__ = (
    'SelectorEventLoop',
    'AbstractChildWatcher', 'SafeChildWatcher',
    'FastChildWatcher', 'PidfdChildWatcher',
    'MultiLoopChildWatcher', 'ThreadedChildWatcher',
    'DefaultEventLoopPolicy',
)

import os
import signal
import socket
import threading

from . import base_subprocess
from . import events
from . import selector_events
from . import selector_transports
from .log import logger


def _sighandler_noop(signum, frame):
    """Stands in for a Python handler so that the C level writes the wakeup byte."""


def _no_wakeup_fd():
    try:
        signal.set_wakeup_fd(-1)
    except (ValueError, OSError) as exc:
        logger.info('set_wakeup_fd(-1) failed: %s', exc)


def waitstatus_to_exitcode(status):
    try:
        code = os.waitstatus_to_exitcode(status)
    except ValueError:
        code = status
    return code


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop,
                             selector_transports.SelectorTransportsMixin):
    """The selector loop with Unix signals, pipes and subprocesses."""

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}

    def close(self):
        super().close()
        if not threading.main_thread().is_alive() and self._signal_handlers:
            self._signal_handlers.clear()
            return
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)

    def _process_self_data(self, data):
        for signum in data:
            if not signum:
                continue
            self._handle_signal(signum)

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) in the loop whenever signal sig arrives."""
        from . import coroutines
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        wakeup = self._csock.fileno()
        try:
            signal.set_wakeup_fd(wakeup)
        except (ValueError, OSError) as exc:
            raise RuntimeError(str(exc))
        self._signal_handlers[sig] = events.Handle(callback, args, self, None)
        try:
            signal.signal(sig, _sighandler_noop)
            signal.siginterrupt(sig, False)
        except OSError as exc:
            del self._signal_handlers[sig]
            if not self._signal_handlers:
                _no_wakeup_fd()
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def _handle_signal(self, sig):
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        else:
            self._ready.append(handle)

    def remove_signal_handler(self, sig):
        """Drop the handler of sig (the default disposition comes back)."""
        self._check_signal(sig)
        try:
            del self._signal_handlers[sig]
        except KeyError:
            return False
        handler = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise
        if not self._signal_handlers:
            _no_wakeup_fd()
        return True

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    async def _make_subprocess_transport(self, protocol, args, shell, stdin, stdout, stderr,
                                         bufsize, extra=None, **kwargs):
        waiter = self.create_future()
        transp = base_subprocess._UnixSubprocessTransport(
            self, protocol, args, shell, stdin, stdout, stderr, bufsize,
            waiter=waiter, extra=extra, **kwargs)
        try:
            await waiter
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            transp.close()
            await transp._wait()
            raise
        return transp


SelectorEventLoop = _UnixSelectorEventLoop  # the name CPython's repr shows


class AbstractChildWatcher:
    """Watches child processes for a loop (kept for the API; threads do the work)."""

    def add_child_handler(self, pid, callback, *args):
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        raise NotImplementedError()

    def attach_loop(self, loop):
        raise NotImplementedError()

    def close(self):
        raise NotImplementedError()

    def is_active(self):
        raise NotImplementedError()

    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        pass


class ThreadedChildWatcher(AbstractChildWatcher):
    """A thread per child waits for it and reports its exit code to the loop."""

    def __init__(self):
        self._threads = {}

    def is_active(self):
        return True

    def close(self):
        pass

    def attach_loop(self, loop):
        pass

    def add_child_handler(self, pid, callback, *args):
        loop = events.get_running_loop()
        thread = threading.Thread(target=self._do_waitpid, name=f'waitpid-{pid}',
                                  args=(loop, pid, callback, args), daemon=True)
        self._threads[pid] = thread
        thread.start()

    def remove_child_handler(self, pid):
        return True

    def _do_waitpid(self, loop, expected_pid, callback, args):
        try:
            _, status = os.waitpid(expected_pid, 0)
        except ChildProcessError:
            code = 255
        else:
            code = waitstatus_to_exitcode(status)
        if not loop.is_closed():
            loop.call_soon_threadsafe(callback, expected_pid, code, *args)
        self._threads.pop(expected_pid, None)


SafeChildWatcher = FastChildWatcher = PidfdChildWatcher = MultiLoopChildWatcher = ThreadedChildWatcher


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """One SelectorEventLoop per thread; children watched by threads."""

    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        super().__init__()
        self._watcher = None

    def get_child_watcher(self):
        if self._watcher is None:
            self._watcher = ThreadedChildWatcher()
        return self._watcher

    def set_child_watcher(self, watcher):
        self._watcher = watcher


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy  # the name CPython's repr shows
