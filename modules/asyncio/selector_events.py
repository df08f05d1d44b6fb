"""BaseSelectorEventLoop: a loop that waits for descriptors with a selector."""

# Written for gopy. Each registered descriptor carries a (reader, writer) pair of
# Handles as its selector data; a socketpair (the "self pipe") wakes the selector up
# when another thread schedules a callback. Socket operations (sock_recv, sock_connect...)
# try the call at once and otherwise wait for readiness; transports live in
# selector_transports.py.

__all__ = 'BaseSelectorEventLoop',

import errno
import functools
import selectors
import socket
import weakref

from . import base_events
from . import events
from . import futures
from .log import logger


def _check_nonblocking(sock):
    if sock.gettimeout() != 0:
        raise ValueError('the socket must be non-blocking')


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """The loop of base_events over a selectors.BaseSelector."""

    def __init__(self, selector=None):
        super().__init__()
        if selector is None:
            selector = selectors.DefaultSelector()
        self._selector = selector
        self._make_self_pipe()
        self._transports = weakref.WeakValueDictionary()

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self.is_closed():
            return
        self._close_self_pipe()
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None

    # -- the self pipe

    def _make_self_pipe(self):
        self._ssock, self._csock = socket.socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self._internal_fds += 1
        self._add_reader(self._ssock.fileno(), self._read_from_self)

    def _close_self_pipe(self):
        self._remove_reader(self._ssock.fileno())
        self._ssock.close()
        self._ssock = None
        self._csock.close()
        self._csock = None
        self._internal_fds -= 1

    def _process_self_data(self, data):
        pass

    def _read_from_self(self):
        while True:
            try:
                data = self._ssock.recv(4096)
                if not data:
                    break
                self._process_self_data(data)
            except InterruptedError:
                continue
            except BlockingIOError:
                break

    def _write_to_self(self):
        csock = self._csock
        if csock is None:
            return
        try:
            csock.send(b'\0')
        except OSError:
            pass

    # -- readers and writers

    def _ensure_fd_no_transport(self, fd):
        fileno = fd
        if not isinstance(fileno, int):
            try:
                fileno = int(fileno.fileno())
            except (AttributeError, TypeError, ValueError):
                raise ValueError(f'Invalid file object: {fd!r}') from None
        transport = self._transports.get(fileno)
        if transport is not None and not transport.is_closing():
            raise RuntimeError(f'File descriptor {fd!r} is used by transport {transport!r}')

    def _add_callback(self, fd, callback, args, which):
        self._check_closed()
        handle = events.Handle(callback, args, self, None)
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            pair = [None, None]
            pair[which] = handle
            mask = selectors.EVENT_READ if which == 0 else selectors.EVENT_WRITE
            self._selector.register(fd, mask, tuple(pair))
        else:
            pair = list(key.data)
            old = pair[which]
            pair[which] = handle
            mask = key.events | (selectors.EVENT_READ if which == 0 else selectors.EVENT_WRITE)
            self._selector.modify(fd, mask, tuple(pair))
            if old is not None:
                old.cancel()
        return handle

    def _remove_callback(self, fd, which):
        if self.is_closed():
            return False
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            return False
        pair = list(key.data)
        old = pair[which]
        pair[which] = None
        mask = key.events & ~(selectors.EVENT_READ if which == 0 else selectors.EVENT_WRITE)
        if not mask:
            self._selector.unregister(fd)
        else:
            self._selector.modify(fd, mask, tuple(pair))
        if old is not None:
            old.cancel()
            return True
        return False

    def _add_reader(self, fd, callback, *args):
        return self._add_callback(fd, callback, args, 0)

    def _remove_reader(self, fd):
        return self._remove_callback(fd, 0)

    def _add_writer(self, fd, callback, *args):
        return self._add_callback(fd, callback, args, 1)

    def _remove_writer(self, fd):
        return self._remove_callback(fd, 1)

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        self._ensure_fd_no_transport(fd)
        self._add_reader(fd, callback, *args)

    def remove_reader(self, fd):
        """Stop watching fd for reading; whether it was watched."""
        self._ensure_fd_no_transport(fd)
        return self._remove_reader(fd)

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        self._ensure_fd_no_transport(fd)
        self._add_writer(fd, callback, *args)

    def remove_writer(self, fd):
        """Stop watching fd for writing; whether it was watched."""
        self._ensure_fd_no_transport(fd)
        return self._remove_writer(fd)

    def _process_events(self, event_list):
        for key, mask in event_list:
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                if reader._cancelled:
                    self._remove_reader(key.fileobj)
                else:
                    self._ready.append(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                if writer._cancelled:
                    self._remove_writer(key.fileobj)
                else:
                    self._ready.append(writer)

    # -- socket operations

    def _when_ready(self, fut, fd, reading, attempt, *args):
        # run attempt(fut, *args) each time fd is ready until fut is done
        if reading:
            self._add_reader(fd, attempt, fut, *args)
            fut.add_done_callback(lambda f: self._remove_reader(fd))
        else:
            self._add_writer(fd, attempt, fut, *args)
            fut.add_done_callback(lambda f: self._remove_writer(fd))

    def _retry(self, fut, call, *args):
        if fut.done():
            return
        try:
            result = call(*args)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        else:
            fut.set_result(result)

    async def _sock_io(self, sock, reading, call, *args):
        if self._debug:
            _check_nonblocking(sock)
        try:
            return call(*args)
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()
        self._ensure_fd_no_transport(sock.fileno())
        self._when_ready(fut, sock.fileno(), reading, self._retry, call, *args)
        return await fut

    async def sock_recv(self, sock, n):
        """Receive up to n bytes from the non-blocking socket sock."""
        return await self._sock_io(sock, True, sock.recv, n)

    async def sock_recv_into(self, sock, buf):
        return await self._sock_io(sock, True, sock.recv_into, buf)

    async def sock_recvfrom(self, sock, bufsize):
        return await self._sock_io(sock, True, sock.recvfrom, bufsize)

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        return await self._sock_io(sock, True, sock.recvfrom_into, buf, nbytes)

    async def sock_sendto(self, sock, data, address):
        return await self._sock_io(sock, False, sock.sendto, data, address)

    async def sock_sendall(self, sock, data):
        """Send all of data on the non-blocking socket sock."""
        if self._debug:
            _check_nonblocking(sock)
        view = memoryview(data) if not isinstance(data, (bytes, bytearray)) else data
        data = bytes(view)
        try:
            n = sock.send(data)
        except (BlockingIOError, InterruptedError):
            n = 0
        if n == len(data):
            return
        fut = self.create_future()
        state = [n]

        def more(fut):
            if fut.done():
                return
            try:
                sent = sock.send(data[state[0]:])
            except (BlockingIOError, InterruptedError):
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                fut.set_exception(exc)
                return
            state[0] += sent
            if state[0] == len(data):
                fut.set_result(None)

        self._ensure_fd_no_transport(sock.fileno())
        self._when_ready(fut, sock.fileno(), False, lambda f: more(f))
        return await fut

    async def sock_connect(self, sock, address):
        """Connect the non-blocking socket sock to address."""
        if self._debug:
            _check_nonblocking(sock)
        if sock.family != getattr(socket, 'AF_UNIX', None):
            resolved = await self._ensure_resolved(address, family=sock.family,
                                                   type=sock.type, proto=sock.proto)
            _, _, _, _, address = resolved[0]
        try:
            sock.connect(address)
            return
        except (BlockingIOError, InterruptedError):
            pass
        fut = self.create_future()

        def finish(fut):
            if fut.done():
                return
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err == 0:
                fut.set_result(None)
            elif err not in (errno.EINPROGRESS, errno.EINTR):
                fut.set_exception(OSError(err, f'Connect call failed {address}'))

        self._ensure_fd_no_transport(sock.fileno())
        self._when_ready(fut, sock.fileno(), False, finish)
        return await fut

    async def _ensure_resolved(self, address, *, family=0, type=socket.SOCK_STREAM,
                               proto=0, flags=0):
        host, port = address[:2]
        try:
            socket.inet_pton(family if family else socket.AF_INET, host)
            return [(family or socket.AF_INET, type, proto, '', tuple(address))]
        except (OSError, TypeError, ValueError):
            pass
        return await self.getaddrinfo(host, port, family=family, type=type,
                                      proto=proto, flags=flags)

    async def sock_accept(self, sock):
        """Accept a connection on the non-blocking listening socket sock."""
        def accept():
            conn, address = sock.accept()
            conn.setblocking(False)
            return conn, address
        return await self._sock_io(sock, True, accept)
