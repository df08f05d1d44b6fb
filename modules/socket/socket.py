# socket for gopy: the Python layer over _socket (Go). CPython 3.11's socket module is the
# specification of what a script sees; the code is gopy's own.

import _socket
from _socket import *
import os
import io
import errno as _errno
from enum import IntEnum, IntFlag

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server",
           "has_dualstack_ipv6", "AddressFamily", "SocketKind"]
__all__.extend(name for name in dir(_socket) if not name.startswith("_"))
__all__.extend(["send_fds", "recv_fds"])

EBADF = _errno.EBADF
EAGAIN = _errno.EAGAIN
EWOULDBLOCK = _errno.EWOULDBLOCK


def _enum_of(base, name, prefix):
    # One of the module's enums, made of the _socket constants whose names start with
    # prefix (by value, then name, so the first name of a value is its canonical one); the
    # module's constants become its members.
    found = [(value, const) for const, value in vars(_socket).items()
             if const.startswith(prefix) and const.isupper() and isinstance(value, int)]
    enum = base(name, [(const, value) for value, const in sorted(found)], module=__name__)
    for value, const in found:
        globals()[const] = enum[const]
    return enum


AddressFamily = _enum_of(IntEnum, 'AddressFamily', 'AF_')
SocketKind = _enum_of(IntEnum, 'SocketKind', 'SOCK_')
MsgFlag = _enum_of(IntFlag, 'MsgFlag', 'MSG_')
AddressInfo = _enum_of(IntFlag, 'AddressInfo', 'AI_')

_LOCALHOST = '127.0.0.1'
_LOCALHOST_V6 = '::1'


def _intenum_converter(value, enum_klass):
    # The enum member for value when there is one, else the plain int.
    try:
        return enum_klass(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A subclass of _socket.socket adding the makefile() method."""

    __slots__ = ("_closed", "_io_refs", "__weakref__")

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        super().__init__(family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        is_closed = getattr(self, "_closed", False)
        cls = type(self)
        text = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            cls.__module__, cls.__qualname__, " [closed]" if is_closed else "",
            self.fileno(), self.family, self.type, self.proto)
        if not is_closed:
            for label, method in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    addr = method()
                except OSError:
                    continue
                if addr:
                    text += ", %s=%s" % (label, addr)
        return text + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def __reduce_ex__(self, protocol):
        # multiprocessing hands sockets to its children and through its connections and
        # queues (CPython registers a reducer with its ForkingPickler); plain pickle refuses.
        import sys
        if "multiprocessing" in sys.modules:
            from multiprocessing import reduction
            how = reduction._reduce_socket(self)
            if how is not None:
                return how
        raise TypeError(f"cannot pickle {self.__class__.__name__!r} object")

    def dup(self):
        """dup() -> socket object

        A new socket object for a duplicate of this socket's descriptor."""
        copy = self.__class__(self.family, self.type, self.proto, fileno=dup(self.fileno()))
        copy.settimeout(self.gettimeout())
        return copy

    def accept(self):
        """accept() -> (socket object, address info)

        Wait for an incoming connection: a new socket for it and the peer's address."""
        fd, addr = self._accept()
        conn = socket(self.family, self.type, self.proto, fileno=fd)
        if self.gettimeout() and getdefaulttimeout() is None:
            conn.setblocking(True)
        return conn, addr

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """makefile(...) -> an I/O stream connected to the socket

        The arguments are as for io.open(); only the modes r, w and b are allowed."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        reading = "r" in mode
        writing = "w" in mode
        if not reading and not writing:
            reading = True
        binary = "b" in mode
        raw = SocketIO(self, ("r" if reading else "") + ("w" if writing else ""))
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            stream = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            stream = io.BufferedReader(raw, buffering)
        else:
            stream = io.BufferedWriter(raw, buffering)
        if binary:
            return stream
        text = io.TextIOWrapper(stream, io.text_encoding(encoding), errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """Send a file (opened in binary mode) until EOF or count bytes; return the count."""
        mode = getattr(file, "mode", "b")
        if "b" not in mode:
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError("count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError("count must be a positive integer (got {!r})".format(count))
        if offset:
            file.seek(offset)
        total = 0
        try:
            while count is None or total < count:
                want = 8192 if count is None else min(8192, count - total)
                chunk = file.read(want)
                if not chunk:
                    break
                self.sendall(chunk)
                total += len(chunk)
        finally:
            if total > 0 and hasattr(file, 'seek'):
                file.seek(offset + total)
        return total

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        """close()

        Close the socket (its descriptor once the files of makefile() are closed too)."""
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """detach() -> file descriptor

        Forget the descriptor without closing it and return it."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        value = super().family
        return _intenum_converter(value, AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        value = super().type
        return _intenum_converter(value, SocketKind)

    def get_inheritable(self):
        """Whether the descriptor is inherited by programs this process runs."""
        fd = self.fileno()
        return os.get_inheritable(fd)

    def set_inheritable(self, inheritable):
        """Set whether the descriptor is inherited by programs this process runs."""
        fd = self.fileno()
        os.set_inheritable(fd, inheritable)


SocketType = _socket.socket


def fromfd(fd, family, type, proto=0):
    """fromfd(fd, family, type[, proto]) -> socket object

    A socket object for a duplicate of the descriptor fd."""
    return socket(family, type, proto, dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """socketpair([family[, type[, proto]]]) -> (socket object, socket object)

    Two connected sockets (AF_UNIX unless family says otherwise)."""
    if family is None:
        family = AF_UNIX
    first, second = _socket.socketpair(family, type, proto)
    return tuple(socket(family, type, proto, end.detach()) for end in (first, second))


_blocking_errnos = {EAGAIN, EWOULDBLOCK}


class SocketIO(io.RawIOBase):
    """Raw I/O on a socket, what makefile() buffers."""

    def __init__(self, sock, mode):
        if mode not in {"r", "rb", "w", "wb", "rw", "rwb"}:
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        while True:
            try:
                return self._sock.recv_into(b)
            except timeout:
                self._timeout_occurred = True
                raise
            except OSError as e:
                if e.errno in _blocking_errnos:
                    return None
                raise

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except OSError as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def getfqdn(name=''):
    """Get the fully qualified domain name of name (the local host when empty)."""
    name = name.strip()
    if name in ("", "0.0.0.0", "::"):
        name = gethostname()
    try:
        host, aliases, _ = gethostbyaddr(name)
    except error:
        return name
    for candidate in [host] + aliases:
        if '.' in candidate:
            return candidate
    return host


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT,
                      source_address=None, *, all_errors=False):
    """Connect to address (host, port) trying each address getaddrinfo gives; return the
    socket. timeout, when given, is set on the socket before it connects;
    source_address is bound first. The last error is raised when none connects (an
    ExceptionGroup of all of them with all_errors)."""
    host, port = address
    failures = []
    for family, kind, proto, _, sockaddr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(family, kind, proto)
            if timeout is _GLOBAL_DEFAULT_TIMEOUT:
                pass
            else:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            failures = None
            return sock
        except error as exc:
            if not all_errors:
                failures.clear()
            failures.append(exc)
            if sock is not None:
                sock.close()
    if failures:
        try:
            if not all_errors:
                raise failures[0]
            raise ExceptionGroup("create_connection failed", failures)
        finally:
            failures = None
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """Whether a socket can be bound to an IPv6 address and take IPv4 connections."""
    if not has_ipv6 or not hasattr(_socket, 'IPPROTO_IPV6') or not hasattr(_socket, 'IPV6_V6ONLY'):
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as probe:
            probe.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except error:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A TCP socket bound to address (host, port) and listening; SO_REUSEADDR is set.
    dualstack_ipv6 with family AF_INET6 takes IPv4 connections too."""
    if reuse_port and getattr(_socket, "SO_REUSEPORT", None) is None:
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        if not has_dualstack_ipv6():
            raise ValueError("dualstack_ipv6 not supported on this platform")
        if family != AF_INET6:
            raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        try:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, True)
        except error:
            pass
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, True)
        if has_ipv6 and family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except error as err:
            raise error(err.errno, '%s (while attempting to bind on address %r)' %
                        (err.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into a list of 5-tuples
    (family, type, proto, canonname, sockaddr) to create and connect a socket with."""
    return [(_intenum_converter(fam, AddressFamily), _intenum_converter(kind, SocketKind),
             prot, canon, addr)
            for fam, kind, prot, canon, addr in _socket.getaddrinfo(host, port, family, type, proto, flags)]


def send_fds(sock, buffers, fds, flags=0, address=None):
    """Send the descriptors fds with the data of buffers over an AF_UNIX socket."""
    import array
    return sock.sendmsg(buffers, [(SOL_SOCKET, SCM_RIGHTS, array.array("i", fds))], flags, address)


def recv_fds(sock, bufsize, maxfds, flags=0):
    """Receive up to maxfds descriptors: (data, fds list, message flags, address)."""
    import array
    fds = array.array("i")
    msg, ancdata, msg_flags, addr = sock.recvmsg(bufsize, CMSG_LEN(maxfds * fds.itemsize))
    for level, kind, data in ancdata:
        if level == SOL_SOCKET and kind == SCM_RIGHTS:
            fds.frombytes(data[:len(data) - (len(data) % fds.itemsize)])
    return msg, list(fds), msg_flags, addr
