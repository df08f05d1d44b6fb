"""Child processes as coroutines: create_subprocess_exec/shell and Process."""

# Written for gopy. The child's pipes are StreamReaders (stdout, stderr) and a
# StreamWriter (stdin) fed by SubprocessStreamProtocol.

__all__ = 'create_subprocess_exec', 'create_subprocess_shell'

import subprocess

from . import events
from . import protocols
from . import streams
from . import tasks
from .log import logger

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class SubprocessStreamProtocol(streams.FlowControlMixin, protocols.SubprocessProtocol):
    """Turns the child's pipes into streams."""

    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []
        self._stdin_closed = self._loop.create_future()

    def __repr__(self):
        info = [type(self).__name__]
        for name in ('stdin', 'stdout', 'stderr'):
            stream = getattr(self, name)
            if stream is not None:
                info.append(f'{name}={stream!r}')
        return '<{}>'.format(' '.join(info))

    def connection_made(self, transport):
        self._transport = transport
        for fd, name in ((1, 'stdout'), (2, 'stderr')):
            pipe = transport.get_pipe_transport(fd)
            if pipe is not None:
                reader = streams.StreamReader(limit=self._limit, loop=self._loop)
                reader.set_transport(pipe)
                setattr(self, name, reader)
                self._pipe_fds.append(fd)
        pipe = transport.get_pipe_transport(0)
        if pipe is not None:
            self.stdin = streams.StreamWriter(pipe, protocol=self, reader=None, loop=self._loop)

    def pipe_data_received(self, fd, data):
        reader = self.stdout if fd == 1 else self.stderr if fd == 2 else None
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            if self.stdin is not None:
                self.stdin.close()
            self.connection_lost(exc)
            if not self._stdin_closed.done():
                if exc is None:
                    self._stdin_closed.set_result(None)
                else:
                    self._stdin_closed.set_exception(exc)
                    self._stdin_closed.exception()
            return
        reader = self.stdout if fd == 1 else self.stderr if fd == 2 else None
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if not self._pipe_fds and self._process_exited:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    """A child started by create_subprocess_exec/shell."""

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Wait for the child to exit; its return code."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed_stdin(self, data):
        self.stdin.write(data)
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _nothing(self):
        return None

    async def _read_stream(self, fd):
        pipe = self._transport.get_pipe_transport(fd)
        stream = self.stdout if fd == 1 else self.stderr
        output = await stream.read()
        pipe.close()
        return output

    async def communicate(self, input=None):
        """Send input, read stdout and stderr to their ends, wait; (stdout, stderr)."""
        if input is not None:
            feeding = self._feed_stdin(input)
        else:
            feeding = self._nothing()
        out = self._read_stream(1) if self.stdout is not None else self._nothing()
        err = self._read_stream(2) if self.stderr is not None else self._nothing()
        _, out, err = await tasks.gather(feeding, out, err)
        await self.wait()
        return out, err


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    """Run cmd through the shell; a Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop),
        cmd, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=streams._DEFAULT_LIMIT, **kwds):
    """Run program with args; a Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop),
        program, *args, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
