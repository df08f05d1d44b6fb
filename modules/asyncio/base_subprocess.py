"""The subprocess transport: a Popen child whose pipes are pipe transports."""

# Written for gopy. The child is started by subprocess.Popen (fork+exec in Go); its
# stdin/stdout/stderr pipes get pipe transports whose protocols forward to the
# subprocess protocol with the child's descriptor number. A thread waits for the child
# (Popen.wait, so that Popen's own bookkeeping stays right) and reports its exit code to
# the loop; the transport is finished once the child exited and every pipe closed.

from collections import deque
import subprocess
import threading

from . import protocols
from . import transports
from .log import logger


class _UnixSubprocessTransport(transports.SubprocessTransport):
    """A child process, its pipes and its exit code, for a SubprocessProtocol."""

    __slots__ = ('__dict__',)

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                 waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = deque()
        self._pipes = {}
        self._finished = False
        for fd, how in ((0, stdin), (1, stdout), (2, stderr)):
            if how == subprocess.PIPE:
                self._pipes[fd] = None
        try:
            self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                          stderr=stderr, universal_newlines=False,
                                          bufsize=bufsize, **kwargs)
        except:
            self.close()
            raise
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc
        threading.Thread(target=self._wait_child, name=f'waitpid-{self._pid}',
                         daemon=True).start()
        loop.create_task(self._connect_pipes(waiter))

    def __repr__(self):
        info = [type(self).__name__]
        if self._closed:
            info.append('closed')
        if self._pid is not None:
            info.append(f'pid={self._pid}')
        if self._returncode is not None:
            info.append('returncode=%s' % (self._returncode,))
        elif self._pid is not None:
            info.append('running')
        else:
            info.append('not started')
        for fd, name in ((0, 'stdin'), (1, 'stdout'), (2, 'stderr')):
            proto = self._pipes.get(fd)
            if proto is not None:
                info.append(f'{name}={proto.pipe}')
        return '<{}>'.format(' '.join(info))

    def _wait_child(self):
        code = self._proc.wait()
        loop = self._loop
        if not loop.is_closed():
            try:
                loop.call_soon_threadsafe(self._process_exited, code)
            except RuntimeError:
                pass

    async def _connect_pipes(self, waiter):
        try:
            proc = self._proc
            loop = self._loop
            if proc.stdin is not None:
                _, pipe = await loop.connect_write_pipe(
                    lambda: _WritePipeProto(self, 0), proc.stdin)
                self._pipes[0] = pipe
            for fd, stream in ((1, proc.stdout), (2, proc.stderr)):
                if stream is not None:
                    _, pipe = await loop.connect_read_pipe(
                        lambda fd=fd: _ReadPipeProto(self, fd), stream)
                    self._pipes[fd] = pipe
            assert self._pending_calls is not None
            pending, self._pending_calls = self._pending_calls, None
            loop.call_soon(self._protocol.connection_made, self)
            for fn, fn_args in pending:
                loop.call_soon(fn, *fn_args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            outcome = exc
        else:
            outcome = None
        if waiter is None or waiter.cancelled():
            return
        if outcome is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(outcome)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is not None:
                proto.pipe.close()
        if self._proc is not None and self._returncode is None and self._proc.poll() is None:
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        proto = self._pipes.get(fd)
        return None if proto is None else proto.pipe

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.terminate()

    def kill(self):
        self._check_proc()
        self._proc.kill()

    def _call(self, callback, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((callback, data))
        else:
            self._loop.call_soon(callback, *data)

    def _pipe_connection_lost(self, fd, exc):
        proto = self._protocol
        self._call(proto.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        proto = self._protocol
        self._call(proto.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        if self._loop.get_debug():
            logger.info('%r exited with return code %r', self, returncode)  # as CPython's
        self._returncode = returncode
        proto = self._protocol
        self._call(proto.process_exited)
        self._try_finish()
        waiters, self._exit_waiters = self._exit_waiters, []
        for waiter in waiters:
            if not waiter.cancelled():
                waiter.set_result(returncode)

    async def _wait(self):
        """The child's exit code, once it has exited."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        assert not self._finished
        if self._returncode is None:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._loop = None
            self._proc = None
            self._protocol = None


class _WritePipeProto(protocols.BaseProtocol):
    """Forwards the events of the child's stdin pipe to the subprocess transport."""

    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def __repr__(self):
        return f'<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_lost(self, exc):
        self.disconnected = True
        owner = self.proc
        owner._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class _ReadPipeProto(_WritePipeProto, protocols.Protocol):
    """Forwards what the child writes to stdout or stderr."""

    def data_received(self, data):
        owner = self.proc
        owner._pipe_data_received(self.fd, data)
