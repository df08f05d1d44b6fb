"""Datagram (UDP and Unix datagram) transports and loop.create_datagram_endpoint."""

# Written for gopy (CPython 3.11's behaviour as the specification). A datagram transport
# reads one datagram per readiness and hands it to datagram_received; sendto() sends at
# once, or queues (data, address) pairs while the socket cannot take them; errors of a
# send or receive go to the protocol's error_received, as the kernel reports them.

import collections
import os
import socket
import stat

from . import futures
from . import transports
from .log import logger
from .selector_transports import _check_bytes, _FlowControl, _FATAL, _NOT_NOW, _Protocolled
from .selector_transports import _SocketEnd, _when_made


class _SelectorDatagramTransport(_Protocolled, _SocketEnd, _FlowControl,
                                 transports.DatagramTransport):
    """A datagram socket connected to a DatagramProtocol."""

    __slots__ = ('__dict__',)
    max_size = 256 * 1024
    _write_failure = 'Fatal write error on datagram transport'
    _lost_warning = 'socket.send() raised exception.'

    def __init__(self, loop, sock, protocol, address=None, waiter=None, extra=None):
        super().__init__(extra)
        self._init_flow()
        self._buffer = collections.deque()
        self._queued = 0
        self._take_socket(loop, sock, protocol)
        self._address = address
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(loop._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def get_write_buffer_size(self):
        return self._queued

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data, addr = self._sock.recvfrom(self.max_size)
        except _NOT_NOW:
            return
        except OSError as exc:
            self._protocol.error_received(exc)
            return
        except _FATAL:
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on datagram transport')
            return
        self._protocol.datagram_received(data, addr)

    def _send_one(self, data, addr):
        if self._extra['peername']:
            self._sock.send(data)
        else:
            self._sock.sendto(data, addr)

    def sendto(self, data, addr=None):
        _check_bytes(data)
        if not data:
            return
        if self._address:
            if addr not in (None, self._address):
                raise ValueError(f'Invalid address: must be None or {self._address}')
            addr = self._address
        if self._conn_lost and self._address:
            self._write_after_loss()
            return
        if not self._buffer:
            try:
                self._send_one(data, addr)
                return
            except _NOT_NOW:
                self._loop._add_writer(self._sock_fd, self._sendto_ready)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
            except _FATAL:
                raise
            except BaseException as exc:
                self._fatal_error(exc, self._write_failure)
                return
        self._buffer.append((bytes(data), addr))
        self._queued += len(data)
        self._maybe_pause_protocol()

    def _sendto_ready(self):
        while self._buffer:
            data, addr = self._buffer[0]
            try:
                self._send_one(data, addr)
            except _NOT_NOW:
                break
            except OSError as exc:
                self._drop_first()
                self._protocol.error_received(exc)
                return
            except _FATAL:
                raise
            except BaseException as exc:
                self._drop_first()
                self._fatal_error(exc, self._write_failure)
                return
            self._drop_first()
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._sock_fd)
            if self._closing:
                self._call_connection_lost(None)

    def _drop_first(self):
        data, _ = self._buffer.popleft()
        self._queued -= len(data)

    def _discard_buffer(self):
        self._buffer.clear()
        self._queued = 0



class DatagramEndpointMixin:
    """loop.create_datagram_endpoint for the selector loop."""

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                       remote_addr=None, *, family=0, proto=0, flags=0,
                                       reuse_port=None, allow_broadcast=None, sock=None):
        """A datagram endpoint: bound to local_addr, connected to remote_addr (or over
        sock); the (transport, protocol) pair."""
        peer = None
        if sock is not None:
            if sock.type != socket.SOCK_DGRAM:
                raise ValueError(f'A UDP Socket was expected, got {sock!r}')
            given = dict(local_addr=local_addr, remote_addr=remote_addr, family=family,
                         proto=proto, flags=flags, reuse_port=reuse_port,
                         allow_broadcast=allow_broadcast)
            problems = ', '.join(f'{k}={v}' for k, v in given.items() if v)
            if problems:
                raise ValueError('socket modifier keyword arguments can not be used '
                                 f'when sock is specified. ({problems})')
            sock.setblocking(False)
        else:
            candidates = await self._datagram_candidates(local_addr, remote_addr, family,
                                                         proto, flags)
            failures = []
            for (fam, prot), (here, there) in candidates:
                try:
                    sock = socket.socket(family=fam, type=socket.SOCK_DGRAM, proto=prot)
                except OSError as exc:
                    failures.append(exc)
                    continue
                try:
                    if reuse_port:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                    if allow_broadcast:
                        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                    sock.setblocking(False)
                    if local_addr:
                        sock.bind(here)
                    if remote_addr:
                        if not allow_broadcast:
                            await self.sock_connect(sock, there)
                        peer = there
                except OSError as exc:
                    sock.close()
                    sock = None
                    failures.append(exc)
                    continue
                except:
                    sock.close()
                    raise
                break
            if sock is None:
                raise failures[0]
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorDatagramTransport(self, sock, protocol, peer, waiter)
        return await _when_made(transport, protocol, waiter)

    async def _datagram_candidates(self, local_addr, remote_addr, family, proto, flags):
        # [((family, proto), (local address, remote address))] to try in order.
        if not (local_addr or remote_addr):
            if family == 0:
                raise ValueError('unexpected address family')
            return [((family, proto), (None, None))]
        if family == socket.AF_UNIX:
            for addr in (local_addr, remote_addr):
                if addr is not None and not isinstance(addr, str):
                    raise TypeError('string is expected')
            if local_addr and local_addr[0] not in (0, '\x00'):
                # A socket file left by an earlier run would make bind() fail.
                try:
                    if stat.S_ISSOCK(os.stat(local_addr).st_mode):
                        os.remove(local_addr)
                except FileNotFoundError:
                    pass
                except OSError as err:
                    logger.error('Unable to check or remove stale UNIX socket %r: %r',
                                 local_addr, err)
            return [((family, proto), (local_addr, remote_addr))]
        pairs = {}
        for slot, addr in enumerate((local_addr, remote_addr)):
            if addr is None:
                continue
            if not (isinstance(addr, tuple) and len(addr) == 2):
                raise TypeError('2-tuple is expected')
            infos = await self._ensure_resolved(addr, family=family, type=socket.SOCK_DGRAM,
                                                proto=proto, flags=flags)
            if not infos:
                raise OSError('getaddrinfo() returned empty list')
            for fam, _, prot, _, address in infos:
                pairs.setdefault((fam, prot), [None, None])[slot] = address
        usable = [(key, pair) for key, pair in pairs.items()
                  if not ((local_addr and pair[0] is None) or (remote_addr and pair[1] is None))]
        if not usable:
            raise ValueError('can not get address information')
        return usable
