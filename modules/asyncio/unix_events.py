"""The Unix event loop: signal handlers, pipes, subprocesses; the default policy."""

# Written for gopy. Signals reach the loop as CPython's do: signal.set_wakeup_fd points
# at the loop's self pipe, the byte written there names the signal and the loop calls
# the handler from its own iteration. A child process is watched by a thread that waits
# for it (CPython's ThreadedChildWatcher) and reports its status to the loop. Pipe
# transports (subprocess pipes, connect_read_pipe/connect_write_pipe) read and write
# non-blocking descriptors with os.read/os.write as the loop finds them ready.

__all__ = (
    'SelectorEventLoop',
    'AbstractChildWatcher', 'SafeChildWatcher',
    'FastChildWatcher', 'PidfdChildWatcher',
    'MultiLoopChildWatcher', 'ThreadedChildWatcher',
    'DefaultEventLoopPolicy',
)

import errno
import os
import signal
import threading

from . import base_subprocess
from . import constants
from . import datagram
from . import events
from . import futures
from . import selector_events
from . import selector_transports
from . import sendfile
from . import transports
from .selector_transports import _check_bytes, _check_pipe, _check_subprocess_args
from .selector_transports import _Common, _FlowControl, _report
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


class _UnixSelectorEventLoop(selector_transports.SelectorTransportsMixin,
                             datagram.DatagramEndpointMixin,
                             sendfile.SendfileMixin,
                             selector_events.BaseSelectorEventLoop):
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

    async def connect_read_pipe(self, protocol_factory, pipe):
        """Read the pipe (a file object) into a protocol."""
        return await self._pipe_transport(_UnixReadPipeTransport, protocol_factory, pipe)

    async def connect_write_pipe(self, protocol_factory, pipe):
        """A transport writing into the pipe (a file object)."""
        return await self._pipe_transport(_UnixWritePipeTransport, protocol_factory, pipe)

    async def _pipe_transport(self, cls, protocol_factory, pipe):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = cls(self, pipe, protocol, waiter)
        return await selector_transports._when_made(transport, protocol, waiter)

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=-1, stdout=-1, stderr=-1,
                               universal_newlines=False, shell=True, bufsize=0,
                               encoding=None, errors=None, text=None, **kwargs):
        """Run cmd through the shell; the (transport, protocol) pair."""
        if not isinstance(cmd, (bytes, str)):
            raise ValueError('cmd must be a string')
        if not shell:
            raise ValueError('shell must be True')
        _check_subprocess_args(universal_newlines, bufsize, text, encoding, errors)
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(protocol, cmd, True, stdin, stdout,
                                                          stderr, bufsize, **kwargs)
        return transport, protocol

    async def subprocess_exec(self, protocol_factory, program, *args, stdin=-1, stdout=-1,
                              stderr=-1, universal_newlines=False, shell=False, bufsize=0,
                              encoding=None, errors=None, text=None, **kwargs):
        """Run program with args; the (transport, protocol) pair."""
        if shell:
            raise ValueError('shell must be False')
        _check_subprocess_args(universal_newlines, bufsize, text, encoding, errors)
        protocol = protocol_factory()
        transport = await self._make_subprocess_transport(protocol, (program,) + args, False,
                                                          stdin, stdout, stderr, bufsize,
                                                          **kwargs)
        return transport, protocol

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


class _UnixReadPipeTransport(_Common, transports.ReadTransport):
    """The read end of a pipe (or a FIFO, a character device) connected to a protocol."""

    __slots__ = ('__dict__',)
    max_size = 256 * 1024

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._closing = False
        self._paused = False
        _check_pipe(self, 'Pipe transport is for pipes/sockets only.')
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        return f'<{type(self).__name__} fd={self._fileno}{" closed" if self._pipe is None else ""}>'

    def _reading_fd(self):
        return None if self._pipe is None else self._fileno

    def _read_ready(self):
        try:
            data = os.read(self._fileno, self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        self._closing = True
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._call_connection_lost, None)

    def close(self):
        if not self._closing:
            self._close(None)

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError) or exc.errno != errno.EIO:
            _report(self, message, exc)
        self._close(exc)

    def _close(self, exc):
        self._closing = True
        self._loop._remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = None
            self._protocol = None


class _UnixWritePipeTransport(_Common, _FlowControl, transports.WriteTransport):
    """The write end of a pipe connected to a protocol (the write path is _FlowControl's)."""

    __slots__ = ('__dict__',)
    _write_failure = 'Fatal write error on pipe transport'
    _lost_warning = 'pipe closed by peer or os.write(pipe, data) raised exception.'
    _count_failed_write = True

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._init_flow()
        self._extra['pipe'] = pipe
        self._loop, self._pipe, self._protocol = loop, pipe, protocol
        self._fileno = pipe.fileno()
        self._closing = False
        _check_pipe(self, 'Pipe transport is only for pipes, sockets and character devices')
        loop.call_soon(protocol.connection_made, self)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        return f'<{type(self).__name__} fd={self._fileno}{" closed" if self._pipe is None else ""}>'

    def _writing_fd(self):
        return self._fileno

    def _raw_write(self, data):
        return os.write(self._fileno, data)

    def write(self, data):
        _check_bytes(data)
        data = bytes(data)
        if not data:
            return
        if self._conn_lost or self._closing:
            self._write_after_loss()
            return
        self._push(data)

    def _drained(self):
        if self._closing:
            self._call_connection_lost(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if not self._closing:
            self._closing = True
            if not self._buffer:
                self._loop.call_soon(self._call_connection_lost, None)

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def _close(self, exc=None):
        self._closing = True
        if self._buffer:
            self._loop._remove_writer(self._fileno)
            self._buffer.clear()
        self._loop.call_soon(self._call_connection_lost, exc)

    _stop_now = _close

    def _call_connection_lost(self, exc):
        if self._pipe is None:
            return
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = self._protocol = None


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
