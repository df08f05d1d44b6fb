"""Socket transports, and the loop methods that make connections and servers."""

# Written for gopy. A socket transport reads whenever its descriptor is readable and
# hands the bytes to its protocol; write() sends at once what the socket takes and keeps
# the rest in a buffer sent as the socket becomes writable, pausing the protocol above
# the high-water mark. The pipe transports of unix_events.py share the flow control.

import errno
import os
import socket
import stat

from . import base_events
from . import constants
from . import futures
from . import tasks
from . import transports
from .log import logger

_HIGH_WATER = 64 * 1024
_FATAL = (SystemExit, KeyboardInterrupt)
_NOT_NOW = (InterruptedError, BlockingIOError)


def _check_bytes(data):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')


def _report(transport, message, exc):
    # An error the protocol's code raised, or one of the transport's own, to the loop's
    # exception handler.
    transport._loop.call_exception_handler({
        'message': message, 'exception': exc,
        'transport': transport, 'protocol': transport._protocol})


class _Protocolled:
    """The protocol accessors every transport here has."""

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing


class _Common(_Protocolled):
    """What the stream socket and pipe transports share for reading: pausing. A subclass
    says which descriptor it reads (_reading_fd)."""

    def _start_reading(self):
        fd = self._reading_fd()
        if fd is not None and not (self._closing or self._paused):
            self._loop._add_reader(fd, self._read_ready)

    def is_reading(self):
        return not (self._paused or self._closing)

    def pause_reading(self):
        if self.is_reading():
            self._paused = True
            self._loop._remove_reader(self._reading_fd())

    def resume_reading(self):
        if self._paused and not self._closing:
            self._paused = False
            self._start_reading()


class _FlowControl:
    """The write path of the socket and pipe transports. write() gives the kernel what it
    takes at once (_raw_write) and keeps the rest, sent as the descriptor (_writing_fd)
    becomes writable; the protocol is paused while more than the high-water mark waits
    and resumed under the low one. A subclass names its failure message and what is done
    once the buffer is empty (_drained)."""

    _write_failure = 'Fatal write error'
    _lost_warning = ''
    _count_failed_write = False     # a failed write counts as a lost connection at once

    def _init_flow(self):
        self._buffer = bytearray()
        self._conn_lost = 0
        self._protocol_paused = False
        self._high_water, self._low_water = _HIGH_WATER, _HIGH_WATER // 4

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = _HIGH_WATER if low is None else low * 4
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water, self._low_water = high, low
        self._maybe_pause_protocol()

    def get_write_buffer_limits(self):
        return self._low_water, self._high_water

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _tell_protocol(self, method):
        try:
            getattr(self._protocol, method)()
        except _FATAL:
            raise
        except BaseException as exc:
            _report(self, f'protocol.{method}() failed', exc)

    def _maybe_pause_protocol(self):
        if not self._protocol_paused and self.get_write_buffer_size() > self._high_water:
            self._protocol_paused = True
            self._tell_protocol('pause_writing')

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            self._tell_protocol('resume_writing')

    def _write_after_loss(self):
        # A write once the connection is lost is dropped, and logged after a few.
        if self._conn_lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
            logger.warning(self._lost_warning)
        self._conn_lost += 1

    def _push(self, data):
        # data (bytes) out now when nothing is queued, else (and what is left) queued.
        if not self._buffer:
            try:
                done = self._raw_write(data)
            except _NOT_NOW:
                done = 0
            except _FATAL:
                raise
            except BaseException as exc:
                self._write_broke(exc)
                return
            if done == len(data):
                return
            data = data[done:]
            self._loop._add_writer(self._writing_fd(), self._write_ready)
        self._buffer += data
        self._maybe_pause_protocol()

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            done = self._raw_write(self._buffer)
        except _NOT_NOW:
            return
        except _FATAL:
            raise
        except BaseException as exc:
            self._loop._remove_writer(self._writing_fd())
            self._buffer.clear()
            self._write_broke(exc)
            return
        del self._buffer[:done]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._writing_fd())
            self._drained()

    def _write_broke(self, exc):
        if self._count_failed_write:
            self._conn_lost += 1
        self._fatal_error(exc, self._write_failure)

    def abort(self):
        self._stop_now(None)

    def _fatal_error(self, exc, message):
        # OSErrors (the peer went away) end the connection quietly; others are reported.
        if not isinstance(exc, OSError):
            _report(self, message, exc)
        self._stop_now(exc)


def _check_pipe(transport, message):
    mode = os.fstat(transport._fileno).st_mode
    if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)):
        transport._pipe = transport._fileno = transport._protocol = None
        raise ValueError(message)
    os.set_blocking(transport._fileno, False)


class _SocketEnd:
    """What the stream and datagram socket transports share: taking the socket on (its
    names in the extra info, the loop's table of transports), the repr, and closing:
    close() once what is queued has gone, abort() and fatal errors at once,
    connection_lost at the next iteration."""

    def _take_socket(self, loop, sock, protocol):
        info = self._extra
        info['socket'] = sock
        for key, get in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            if key not in info:
                try:
                    info[key] = get()
                except OSError:
                    info[key] = None
        self._loop, self._sock, self._protocol = loop, sock, protocol
        self._sock_fd = sock.fileno()
        self._closing = False
        loop._transports[self._sock_fd] = self

    def __repr__(self):
        if self._sock is None:
            state = ' closed'
        else:
            state = ' closing' if self._closing else ''
        return f'<{type(self).__name__} fd={self._sock_fd}{state}>'

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop._remove_reader(self._sock_fd)
        if not self._buffer:
            self._lose(None)

    def _discard_buffer(self):
        self._buffer.clear()

    def _force_close(self, exc):
        if self._conn_lost:
            return
        self._discard_buffer()
        if not self._closing:
            self._closing = True
            self._loop._remove_reader(self._sock_fd)
        self._lose(exc)

    def _stop_now(self, exc):
        self._force_close(exc)

    def _lose(self, exc):
        self._conn_lost += 1
        self._loop._remove_writer(self._sock_fd)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._loop._transports.pop(self._sock_fd, None)
            self._sock.close()
            self._sock = self._protocol = None


class _SelectorSocketTransport(_Common, _SocketEnd, _FlowControl, transports.Transport):
    """A stream socket connected to a protocol."""

    __slots__ = ('__dict__',)
    max_size = 256 * 1024
    _write_failure = 'Fatal write error on socket transport'
    _lost_warning = 'socket.send() raised exception.'
    _sendfile_compatible = constants._SendfileMode.TRY_NATIVE
    _empty_waiter = None        # loop.sendfile waits on it for the buffer to drain

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(extra)
        self._init_flow()
        self._take_socket(loop, sock, protocol)
        self._server = server
        self._eof = self._paused = False
        if server is not None:
            server._attach()
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._start_reading)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def _reading_fd(self):
        return None if self._sock is None else self._sock_fd

    def _writing_fd(self):
        return self._sock_fd

    def _raw_write(self, data):
        return self._sock.send(data)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except _NOT_NOW:
            return
        except _FATAL:
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if data:
            self._protocol.data_received(data)
        else:
            self._peer_done()

    def _peer_done(self):
        # EOF from the peer: the protocol's eof_received() says whether to stay open for
        # writing.
        try:
            stay = self._protocol.eof_received()
        except _FATAL:
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if not stay:
            self.close()
        else:
            self._loop._remove_reader(self._sock_fd)

    def write(self, data):
        _check_bytes(data)
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if self._empty_waiter is not None:
            raise RuntimeError('unable to write; sendfile is in progress')
        if not data:
            return
        if self._conn_lost:
            self._write_after_loss()
            return
        self._push(bytes(data))

    def _make_empty_waiter(self):
        if self._empty_waiter is not None:
            raise RuntimeError("Empty waiter is already set")
        self._empty_waiter = self._loop.create_future()
        if not self._buffer:
            self._empty_waiter.set_result(None)
        return self._empty_waiter

    def _reset_empty_waiter(self):
        self._empty_waiter = None

    def _fail_empty_waiter(self):
        waiter = self._empty_waiter
        if waiter is not None and not waiter.done():
            waiter.set_exception(ConnectionError("Connection is closed by peer"))

    def _drained(self):
        waiter = self._empty_waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        if self._closing:
            self._call_connection_lost(None)
        elif self._eof:
            self._sock.shutdown(socket.SHUT_WR)

    def writelines(self, list_of_data):
        self.write(b''.join(bytes(d) for d in list_of_data))

    def write_eof(self):
        if not (self._closing or self._eof):
            self._eof = True
            if not self._buffer:
                self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def _call_connection_lost(self, exc):
        self._fail_empty_waiter()
        super()._call_connection_lost(exc)
        server, self._server = self._server, None
        if server is not None:
            server._detach()


async def _when_made(transport, protocol, waiter):
    # The (transport, protocol) pair once connection_made has run; the transport is
    # closed if that wait is cancelled.
    try:
        await waiter
    except:
        transport.close()
        raise
    return transport, protocol


def _raise_first(errors):
    if len(errors) == 1 or all(str(e) == str(errors[0]) for e in errors):
        raise errors[0]
    raise OSError('Multiple exceptions: {}'.format(', '.join(str(e) for e in errors)))


class SelectorTransportsMixin:
    """The loop methods that make connections, servers and pipe transports."""

    async def _connection_for(self, sock, protocol_factory, extra=None, server=None):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorSocketTransport(self, sock, protocol, waiter, extra, server)
        return await _when_made(transport, protocol, waiter)

    @staticmethod
    def _no_ssl(ssl):
        if ssl:
            raise NotImplementedError('gopy has no ssl module: TLS transports are not available')

    async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                family=0, proto=0, flags=0, sock=None, local_addr=None,
                                server_hostname=None, ssl_handshake_timeout=None,
                                ssl_shutdown_timeout=None, happy_eyeballs_delay=None,
                                interleave=None):
        """Connect to host:port (or use sock); the (transport, protocol) pair."""
        if server_hostname is not None and not ssl:
            raise ValueError('server_hostname is only meaningful with ssl')
        if ssl_handshake_timeout is not None and not ssl:
            raise ValueError('ssl_handshake_timeout is only meaningful with ssl')
        self._no_ssl(ssl)
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            infos = await self._ensure_resolved((host, port), family=family,
                                                type=socket.SOCK_STREAM, proto=proto, flags=flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            errors = []
            for fam, kind, prot, _, address in infos:
                candidate = socket.socket(fam, kind, prot)
                try:
                    candidate.setblocking(False)
                    if local_addr is not None:
                        candidate.bind(local_addr)
                    await self.sock_connect(candidate, address)
                except OSError as exc:
                    candidate.close()
                    errors.append(exc)
                    continue
                except:
                    candidate.close()
                    raise
                sock = candidate
                break
            if sock is None:
                _raise_first(errors)
        else:
            if sock is None:
                raise ValueError('host and port was not specified and no sock specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)
        return await self._connection_for(sock, protocol_factory)

    async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                     server_hostname=None, ssl_handshake_timeout=None,
                                     ssl_shutdown_timeout=None):
        """Connect to the Unix socket path (or use sock)."""
        self._no_ssl(ssl)
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            path = os.fspath(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
            try:
                sock.setblocking(False)
                await self.sock_connect(sock, path)
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('no path and sock were specified')
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
            sock.setblocking(False)
        return await self._connection_for(sock, protocol_factory)

    async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                      ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        """Wrap an accepted socket in a transport."""
        self._no_ssl(ssl)
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        sock.setblocking(False)
        return await self._connection_for(sock, protocol_factory)

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            family=socket.AF_UNSPEC, flags=socket.AI_PASSIVE, sock=None,
                            backlog=100, ssl=None, reuse_address=None, reuse_port=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            start_serving=True):
        """A Server listening on host:port (every address they resolve to) or on sock."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        self._no_ssl(ssl)
        if host is not None or port is not None:
            if sock is not None:
                raise ValueError('host/port and sock can not be specified at the same time')
            if reuse_address is None:
                reuse_address = True
            if host == '':
                hosts = [None]
            elif isinstance(host, str) or not hasattr(host, '__iter__'):
                hosts = [host]
            else:
                hosts = list(host)
            infos = []
            for h in hosts:
                for info in await self._ensure_resolved((h, port), family=family,
                                                        type=socket.SOCK_STREAM, flags=flags):
                    if info not in infos:
                        infos.append(info)
            sockets = []
            try:
                for fam, kind, prot, _, address in infos:
                    listener = socket.socket(fam, kind, prot)
                    sockets.append(listener)
                    if reuse_address:
                        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                    if reuse_port:
                        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, True)
                    if fam == socket.AF_INET6:
                        listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                    try:
                        listener.bind(address)
                    except OSError as err:
                        raise OSError(err.errno, 'error while attempting to bind on address '
                                      f'{address!r}: {err.strerror.lower()}') from None
            except:
                for s in sockets:
                    s.close()
                raise
        else:
            if sock is None:
                raise ValueError('Neither host/port nor sock were specified')
            if sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A Stream Socket was expected, got {sock!r}')
            sockets = [sock]
        return await self._serve(sockets, protocol_factory, backlog, start_serving)

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100,
                                 ssl=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None, start_serving=True):
        """A Server listening on the Unix socket path (a stale socket file is replaced)."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        self._no_ssl(ssl)
        if path is not None:
            if sock is not None:
                raise ValueError('path and sock can not be specified at the same time')
            path = os.fspath(path)
            if path[:1] not in ('\0', b'\0'):
                try:
                    if stat.S_ISSOCK(os.stat(path).st_mode):
                        os.remove(path)
                except FileNotFoundError:
                    pass
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                sock.bind(path)
            except OSError as exc:
                sock.close()
                if exc.errno == errno.EADDRINUSE:
                    raise OSError(errno.EADDRINUSE, f'Address {path!r} is already in use') from None
                raise
            except:
                sock.close()
                raise
        else:
            if sock is None:
                raise ValueError('path was not specified, and no sock specified')
            if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
                raise ValueError(f'A UNIX Domain Stream Socket was expected, got {sock!r}')
        return await self._serve([sock], protocol_factory, backlog, start_serving)

    async def _serve(self, sockets, protocol_factory, backlog, start_serving):
        for s in sockets:
            s.setblocking(False)
        server = base_events.Server(self, sockets, protocol_factory, None, backlog)
        if start_serving:
            server._start_serving()
            await tasks.sleep(0)
        return server

    def _start_serving(self, protocol_factory, sock, sslcontext=None, server=None, backlog=100):
        self._add_reader(sock.fileno(), self._accept_ready, protocol_factory, sock, server, backlog)

    def _stop_serving(self, sock):
        self._remove_reader(sock.fileno())
        sock.close()

    def _accept_ready(self, protocol_factory, sock, server, backlog):
        for _ in range(backlog):
            try:
                conn, addr = sock.accept()
                conn.setblocking(False)
            except (BlockingIOError, InterruptedError, ConnectionAbortedError):
                return
            except OSError as exc:
                if exc.errno not in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    raise
                self.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc, 'socket': sock})
                self._remove_reader(sock.fileno())
                self.call_later(constants.ACCEPT_RETRY_DELAY, self._start_serving,
                                protocol_factory, sock, None, server, backlog)
                return
            self.create_task(self._connection_for(conn, protocol_factory,
                                                  {'peername': addr}, server))


def _check_subprocess_args(universal_newlines, bufsize, text, encoding, errors):
    if universal_newlines:
        raise ValueError('universal_newlines must be False')
    if bufsize != 0:
        raise ValueError('bufsize must be 0')
    if text:
        raise ValueError('text must be False')
    if encoding is not None:
        raise ValueError('encoding must be None')
    if errors is not None:
        raise ValueError('errors must be None')
