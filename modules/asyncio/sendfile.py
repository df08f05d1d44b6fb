"""loop.sock_sendfile and loop.sendfile: a file's bytes to a socket, by os.sendfile."""

# Written for gopy (CPython 3.11's behaviour as the specification). The kernel copies a
# regular file to a stream socket (os.sendfile, waiting for writability when the socket
# is full); anything else (no descriptor, a socket os.sendfile refuses) falls back, when
# allowed, to reading the file in a thread and sending what was read.

import errno
import io
import os
import socket

from . import constants
from . import exceptions


class SendfileMixin:
    """The loop's sendfile methods (the selector loop of unix_events)."""

    def _check_sendfile_params(self, sock, file, offset, count):
        if 'b' not in getattr(file, 'mode', 'b'):
            raise ValueError("file should be opened in binary mode")
        if not sock.type == socket.SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError("count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError("count must be a positive integer (got {!r})".format(count))
        if not isinstance(offset, int):
            raise TypeError("offset must be a non-negative integer (got {!r})".format(offset))
        if offset < 0:
            raise ValueError("offset must be a non-negative integer (got {!r})".format(offset))

    async def sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=True):
        """Send file (from offset, count bytes or to its end) on the non-blocking stream
        socket sock; the number of bytes sent."""
        if self._debug and sock.gettimeout() != 0:
            raise ValueError("the socket must be non-blocking")
        self._check_sendfile_params(sock, file, offset, count)
        try:
            return await self._sock_sendfile_native(sock, file, offset, count)
        except exceptions.SendfileNotAvailableError:
            if not fallback:
                raise
        return await self._sock_sendfile_fallback(sock, file, offset, count)

    async def _writable(self, fd):
        # Wait until fd can take more bytes.
        ready = self.create_future()

        def wake():
            if not ready.done():
                ready.set_result(None)

        self._add_writer(fd, wake)
        try:
            await ready
        finally:
            self._remove_writer(fd)

    async def _sock_sendfile_native(self, sock, file, offset, count):
        try:
            source = file.fileno()
        except (AttributeError, io.UnsupportedOperation):
            raise exceptions.SendfileNotAvailableError("not a regular file") from None
        try:
            size = os.fstat(source).st_size
        except OSError:
            raise exceptions.SendfileNotAvailableError("not a regular file") from None
        chunk = count if count else size
        if not chunk:
            return 0
        target = sock.fileno()
        total = 0
        try:
            while True:
                if count:
                    chunk = count - total
                    if chunk <= 0:
                        return total
                try:
                    sent = os.sendfile(target, source, offset, chunk)
                except (BlockingIOError, InterruptedError):
                    await self._writable(target)
                    continue
                except OSError as exc:
                    if total == 0:
                        raise exceptions.SendfileNotAvailableError("os.sendfile call failed") from None
                    if exc.errno == errno.ENOTCONN and type(exc) is not ConnectionError:
                        raise ConnectionError("socket is not connected", errno.ENOTCONN) from exc
                    raise
                if sent == 0:
                    return total
                offset += sent
                total += sent
        finally:
            if total > 0:
                # The file's position is after what was sent. (CPython moves only the
                # descriptor, which its buffered file's tell() reads; gopy's keeps its own
                # position, so the file object is told.)
                if hasattr(file, 'seek'):
                    file.seek(offset)
                else:
                    os.lseek(source, offset, os.SEEK_SET)

    async def _sock_sendfile_fallback(self, sock, file, offset, count):
        if offset:
            file.seek(offset)
        limit = constants.SENDFILE_FALLBACK_READBUFFER_SIZE
        buf = bytearray(min(count, limit) if count else limit)
        total = 0
        try:
            while True:
                want = len(buf)
                if count:
                    want = min(count - total, want)
                    if want <= 0:
                        break
                view = memoryview(buf)[:want]
                got = await self.run_in_executor(None, file.readinto, view)
                if not got:
                    break
                await self.sock_sendall(sock, view[:got])
                total += got
            return total
        finally:
            if total > 0 and hasattr(file, 'seek'):
                file.seek(offset + total)

    async def sendfile(self, transport, file, offset=0, count=None, *, fallback=True):
        """Send file over transport (a socket transport: by os.sendfile once its buffer
        has drained); the number of bytes sent."""
        if transport.is_closing():
            raise RuntimeError("Transport is closing")
        mode = getattr(transport, '_sendfile_compatible', constants._SendfileMode.UNSUPPORTED)
        if mode is constants._SendfileMode.UNSUPPORTED:
            raise RuntimeError(f"sendfile is not supported for transport {transport!r}")
        if mode is constants._SendfileMode.TRY_NATIVE:
            try:
                return await self._sendfile_native(transport, file, offset, count)
            except exceptions.SendfileNotAvailableError:
                if not fallback:
                    raise
        if not fallback:
            raise RuntimeError(f"fallback is disabled and native sendfile is not "
                               f"supported for transport {transport!r}")
        return await self._sendfile_fallback(transport, file, offset, count)

    async def _sendfile_native(self, transp, file, offset, count):
        # The transport steps aside (no reading, its buffer drained) while the kernel
        # sends on its socket.
        del self._transports[transp._sock_fd]
        was_reading = transp.is_reading()
        transp.pause_reading()
        await transp._make_empty_waiter()
        try:
            return await self.sock_sendfile(transp._sock, file, offset, count, fallback=False)
        finally:
            transp._reset_empty_waiter()
            if was_reading:
                transp.resume_reading()
            self._transports[transp._sock_fd] = transp

    async def _sendfile_fallback(self, transp, file, offset, count):
        if offset:
            file.seek(offset)
        chunk = min(count, 16384) if count else 16384
        buf = bytearray(chunk)
        total = 0
        try:
            while True:
                if count:
                    chunk = min(count - total, chunk)
                    if chunk <= 0:
                        return total
                view = memoryview(buf)[:chunk]
                got = await self.run_in_executor(None, file.readinto, view)
                if not got:
                    return total
                if transp.get_write_buffer_size() > transp.get_write_buffer_limits()[1]:
                    await transp._make_empty_waiter()
                    transp._reset_empty_waiter()
                if transp.is_closing():
                    raise ConnectionError("Connection closed by peer")
                transp.write(bytes(view[:got]))
                total += got
        finally:
            if total > 0 and hasattr(file, 'seek'):
                file.seek(offset + total)
