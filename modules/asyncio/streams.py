"""Streams: StreamReader/StreamWriter over a transport, open_connection, start_server."""

# Written for gopy. A StreamReaderProtocol feeds what its transport receives into a
# StreamReader (a bytearray with one waiting reader at a time); a StreamWriter writes to
# the transport and drain() waits while the transport has paused the protocol.

__all__ = (
    'StreamReader', 'StreamWriter', 'StreamReaderProtocol',
    'open_connection', 'start_server', 'open_unix_connection', 'start_unix_server',
)

from collections import deque

from . import coroutines
from . import events
from . import exceptions
from . import protocols
from . import tasks

_DEFAULT_LIMIT = 2 ** 16  # 64 KiB


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect to host:port; a (StreamReader, StreamWriter) pair."""
    loop = events.get_running_loop()
    return await _connect(loop, limit, loop.create_connection, host, port, **kwds)


async def _connect(loop, limit, connect, *args, **kwds):
    stream = StreamReader(limit, loop)
    proto = StreamReaderProtocol(stream, None, loop)
    transport, _ = await connect(lambda: proto, *args, **kwds)
    return stream, StreamWriter(transport, proto, stream, loop)


def _stream_factory(client_connected_cb, limit, loop):
    def make():
        return StreamReaderProtocol(StreamReader(limit, loop), client_connected_cb, loop)
    return make


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, **kwds):
    """A Server calling client_connected_cb(reader, writer) for each connection."""
    loop = events.get_running_loop()
    return await loop.create_server(_stream_factory(client_connected_cb, limit, loop),
                                    host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connect to the Unix socket path; a (StreamReader, StreamWriter) pair."""
    loop = events.get_running_loop()
    return await _connect(loop, limit, loop.create_unix_connection, path, **kwds)


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """A Server on the Unix socket path calling client_connected_cb(reader, writer)."""
    loop = events.get_running_loop()
    return await loop.create_unix_server(_stream_factory(client_connected_cb, limit, loop),
                                         path, **kwds)


class FlowControlMixin(protocols.Protocol):
    """drain() support: writers wait while the transport has paused writing."""

    def __init__(self, loop=None):
        self._loop = events._get_event_loop() if loop is None else loop
        self._paused = False
        self._drain_waiters = deque()
        self._connection_lost = False

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return
        for waiter in self._drain_waiters:
            if waiter.done():
                continue
            if exc is None:
                waiter.set_result(None)
            else:
                waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Feeds a StreamReader; with a callback, makes a StreamWriter per connection."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        FlowControlMixin.__init__(self, loop)
        loop = self._loop
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._over_ssl = False
        self._closed = loop.create_future()

    def connection_made(self, transport):
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        self._transport = transport
        if self._client_connected_cb is None:
            return
        self._stream_writer = StreamWriter(transport, self, reader, self._loop)
        started = self._client_connected_cb(reader, self._stream_writer)
        if coroutines.iscoroutine(started):
            self._task = self._loop.create_task(started)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                self._closed.exception()  # CPython's protocol marks it retrieved too
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        if self._stream_reader is not None:
            self._stream_reader.feed_data(data)

    def eof_received(self):
        if self._stream_reader is not None:
            self._stream_reader.feed_eof()
        return not self._over_ssl

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """Writes to a transport; drain() for flow control, wait_closed() after close()."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        done = loop.create_future()
        done.set_result(None)
        self._complete_fut = done

    def __repr__(self):
        info = [type(self).__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        waiter = self._protocol._get_close_waiter(self)
        await waiter

    def get_extra_info(self, name, default=None):
        transport = self._transport
        return transport.get_extra_info(name, default)

    async def drain(self):
        """Wait until the transport's buffer is below its high-water mark."""
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            # let connection_lost run first, so that _drain_helper sees it
            await tasks.sleep(0)
        await self._protocol._drain_helper()


class StreamReader:
    """Bytes received, read by read/readline/readexactly/readuntil or async iteration."""

    _source_traceback = None

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events._get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        parts = [
            self._buffer and '%d bytes' % len(self._buffer),
            self._eof and 'eof',
            self._limit != _DEFAULT_LIMIT and 'limit=%d' % self._limit,
            self._waiter and 'waiter=%r' % (self._waiter,),
            self._exception and 'exception=%r' % (self._exception,),
            self._transport and 'transport=%r' % (self._transport,),
            self._paused and 'paused',
        ]
        return '<StreamReader%s>' % ''.join(' ' + p for p in parts if p)

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def _wakeup_waiter(self):
        self._wake(None)

    def _wake(self, exc):
        waiter, self._waiter = self._waiter, None
        if waiter is None or waiter.cancelled():
            return
        if exc is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(exc)

    def set_transport(self, transport):
        if self._transport is not None:
            raise AssertionError('Transport already set')
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and not len(self._buffer) > self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        """True once EOF was fed and the buffer is empty."""
        return self._eof and not self._buffer

    def feed_data(self, data):
        if self._eof:
            raise AssertionError('feed_data after feed_eof')
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if (self._transport is not None and not self._paused
                and len(self._buffer) > 2 * self._limit):
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                self._transport = None
            else:
                self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is '
                               f'already waiting for incoming data')
        if self._eof:
            raise AssertionError('_wait_for_data after EOF')
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        waiter = self._waiter = self._loop.create_future()
        try:
            await waiter
        finally:
            self._waiter = None

    def _take(self, n):
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        self._maybe_resume_transport()
        return data

    async def readline(self):
        """Read through b'\\n' (less at EOF; b'' at EOF with nothing buffered)."""
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as short:
            return short.partial
        except exceptions.LimitOverrunError as over:
            if self._buffer.startswith(b'\n', over.consumed):
                del self._buffer[:over.consumed + 1]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(over.args[0])

    async def readuntil(self, separator=b'\n'):
        """Read through separator; IncompleteReadError at EOF, LimitOverrunError past limit."""
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        start = 0
        while True:
            if len(self._buffer) - start >= seplen:
                found = self._buffer.find(separator, start)
                if found != -1:
                    break
                start = len(self._buffer) + 1 - seplen
                if start > self._limit:
                    raise exceptions.LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', start)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if found > self._limit:
            raise exceptions.LimitOverrunError(
                'Separator is found, but chunk is longer than limit', found)
        return self._take(found + seplen)

    async def read(self, n=-1):
        """Read up to n bytes (everything to EOF when n < 0)."""
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            parts = []
            while True:
                part = await self.read(self._limit)
                if not part:
                    return b''.join(parts)
                parts.append(part)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        return self._take(n)

    async def readexactly(self, n):
        """Read exactly n bytes; IncompleteReadError if EOF comes first."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                partial = bytes(self._buffer)
                self._buffer.clear()
                raise exceptions.IncompleteReadError(partial, n)
            await self._wait_for_data(func_name='readexactly')
        return self._take(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line
