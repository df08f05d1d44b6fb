# socketserver for gopy: servers that take requests on a socket and hand each to a handler
# class. CPython 3.11's socketserver is the specification of the API and of what a script
# observes; the code is gopy's own. ForkingMixIn runs each request in a multiprocessing
# 'fork' child (gopy cannot fork: see doc/ARCHITECTURE.md).

import os
import socket
import selectors
import sys
import threading
from io import BufferedIOBase, BytesIO
from time import monotonic

__all__ = ["BaseServer", "TCPServer", "UDPServer",
           "ThreadingUDPServer", "ThreadingTCPServer",
           "BaseRequestHandler", "StreamRequestHandler",
           "DatagramRequestHandler", "ThreadingMixIn",
           "ForkingUDPServer", "ForkingTCPServer", "ForkingMixIn",
           "UnixStreamServer", "UnixDatagramServer",
           "ThreadingUnixStreamServer", "ThreadingUnixDatagramServer"]

# serve_forever and handle_request wait with poll(2).
_ServerSelector = getattr(selectors, "PollSelector", selectors.SelectSelector)


class BaseServer:
    """The request loop of every server: subclasses say how a request is got
    (get_request), checked (verify_request), run (process_request) and closed."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self._stopped = threading.Event()
        self._stop_asked = False

    def server_activate(self):
        """Called by the constructor to start taking requests (TCPServer listens)."""

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown() is called; the loop looks for the shutdown
        request every poll_interval seconds and runs service_actions() each time round."""
        self._stopped.clear()
        try:
            with _ServerSelector() as waiter:
                waiter.register(self, selectors.EVENT_READ)
                while not self._stop_asked:
                    ready = waiter.select(poll_interval)
                    if self._stop_asked:
                        break
                    if ready:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self._stop_asked = False
            self._stopped.set()

    def shutdown(self):
        """Stop serve_forever() and wait until it has returned. It must be called from
        another thread than the one in serve_forever(), or it waits for ever."""
        self._stop_asked = True
        self._stopped.wait()

    def service_actions(self):
        """Called once each time round serve_forever()'s loop (ForkingMixIn reaps its
        children here)."""

    def handle_request(self):
        """Wait for one request (up to the socket's or the server's timeout, whichever
        is shorter) and handle it; handle_timeout() is called when none came."""
        wait = self.socket.gettimeout()
        if wait is None:
            wait = self.timeout
        elif self.timeout is not None:
            wait = min(wait, self.timeout)
        deadline = None if wait is None else monotonic() + wait
        with _ServerSelector() as waiter:
            waiter.register(self, selectors.EVENT_READ)
            while True:
                if waiter.select(wait):
                    return self._handle_request_noblock()
                if deadline is not None:
                    wait = deadline - monotonic()
                    if wait < 0:
                        return self.handle_timeout()

    def _handle_request_noblock(self):
        # The socket is readable: take the request and run it, closing it on failure.
        try:
            request, addr = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, addr):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, addr)
        except Exception:
            self.handle_error(request, addr)
            self.shutdown_request(request)
        except BaseException:
            self.shutdown_request(request)
            raise

    def handle_timeout(self):
        """Called by handle_request() when no request came in time."""

    def verify_request(self, request, client_address):
        """Whether to handle the request (True here)."""
        return True

    def process_request(self, request, client_address):
        """Run the request: the mix-ins run it in a thread or a process."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        """Release what the server holds."""

    def finish_request(self, request, client_address):
        """Make the handler, whose constructor handles the request."""
        handler = self.RequestHandlerClass
        handler(request, client_address, self)

    def shutdown_request(self, request):
        """End the request and close it."""
        self.close_request(request)

    def close_request(self, request):
        """Close the request."""

    def handle_error(self, request, client_address):
        """Report a handler's exception on stderr and go on serving."""
        line = '-' * 40
        print(line, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print(line, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a stream socket: it binds and listens in its constructor (unless
    bind_and_activate is false) and takes each connection as a request."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        super().__init__(server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if not bind_and_activate:
            return
        try:
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()
            raise

    def server_bind(self):
        """Bind the socket (with SO_REUSEADDR / SO_REUSEPORT if asked for) and note the
        address it got."""
        sock = self.socket
        if self.allow_reuse_address and getattr(socket, "SO_REUSEADDR", None) is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
        if self.allow_reuse_port and getattr(socket, "SO_REUSEPORT", None) is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, True)
        sock.bind(self.server_address)
        self.server_address = sock.getsockname()

    def server_activate(self):
        """Listen, with request_queue_size as the backlog."""
        backlog = self.request_queue_size
        self.socket.listen(backlog)

    def server_close(self):
        """Close the listening socket."""
        self.socket.close()

    def fileno(self):
        """The socket's descriptor (what serve_forever waits on)."""
        return self.socket.fileno()

    def get_request(self):
        """Accept a connection: (socket, client address)."""
        return self.socket.accept()

    def shutdown_request(self, request):
        """Tell the client nothing more comes (SHUT_WR), then close."""
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a datagram socket: each datagram is a request, given to the handler
    as (data, socket)."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    def server_activate(self):
        pass

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass


if hasattr(os, "fork"):
    class ForkingMixIn:
        """Run each request in a child process.

        gopy cannot fork(2): each child is a multiprocessing 'fork' child, handed the
        server, the handler class and the request as any such child gets its parent's
        state (see doc/ARCHITECTURE.md). As in CPython, at most max_children run at once
        and server_close() waits for them when block_on_close is true."""

        timeout = 300
        active_children = None
        max_children = 40
        block_on_close = True

        def collect_children(self, *, blocking=False):
            """Reap the children that have ended; wait for some while there are
            max_children of them (for all with blocking)."""
            if self.active_children is None:
                return
            while self.max_children <= len(self.active_children):
                self._reap(wait=True, all_of_them=False)
            self._reap(wait=blocking, all_of_them=True)

        def _reap(self, wait, all_of_them):
            for child in list(self.active_children):
                if wait:
                    child.join()
                if not child.is_alive():
                    child.join()
                    self.active_children.discard(child)
                    if not all_of_them:
                        return

        def handle_timeout(self):
            self.collect_children()

        def service_actions(self):
            self.collect_children()

        def process_request(self, request, client_address):
            import multiprocessing
            if self.active_children is None:
                self.active_children = set()
            child = multiprocessing.get_context("fork").Process(
                target=_forked_request, args=(self, request, client_address))
            child.start()
            self.active_children.add(child)
            self.close_request(request)

        def server_close(self):
            super().server_close()
            wait = self.block_on_close
            self.collect_children(blocking=wait)

    def _forked_request(server, request, client_address):
        # The child's side of ForkingMixIn.process_request.
        status = 1
        try:
            server.finish_request(request, client_address)
            status = 0
        except Exception:
            server.handle_error(request, client_address)
        finally:
            try:
                server.shutdown_request(request)
            finally:
                os._exit(status)


class _Threads(list):
    """The threads a ThreadingMixIn started and has not joined yet."""

    def append(self, thread):
        self.reap()
        if not thread.daemon:
            super().append(thread)

    def pop_all(self):
        taken = self[:]
        del self[:]
        return taken

    def join(self):
        for thread in self.pop_all():
            thread.join()

    def reap(self):
        self[:] = [thread for thread in self if thread.is_alive()]


class _NoThreads:
    """Stands for _Threads when the server keeps no track of its threads."""

    def append(self, thread):
        pass

    def join(self):
        pass


class ThreadingMixIn:
    """Run each request in a new thread. daemon_threads makes them daemons;
    block_on_close makes server_close() wait for the others."""

    daemon_threads = False
    block_on_close = True
    _threads = _NoThreads()

    def process_request_thread(self, request, client_address):
        """What each thread runs: process_request's work, errors reported."""
        addr = client_address
        try:
            self.finish_request(request, addr)
        except Exception:
            self.handle_error(request, addr)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        if self.block_on_close:
            if "_threads" not in vars(self):
                self._threads = _Threads()
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        self._threads.append(worker)
        worker.start()

    def server_close(self):
        super().server_close()
        self._threads.join()


if hasattr(os, "fork"):
    class ForkingUDPServer(ForkingMixIn, UDPServer):
        pass

    class ForkingTCPServer(ForkingMixIn, TCPServer):
        pass


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


if hasattr(socket, 'AF_UNIX'):

    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    """Handles one request: the constructor runs setup(), handle() and finish(), with
    self.request, self.client_address and self.server set."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """A handler for stream requests with file objects: self.rfile to read the
    request, self.wfile to answer."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = conn = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile('rb', self.rbufsize)
        if self.wbufsize:
            self.wfile = conn.makefile('wb', self.wbufsize)
        else:
            self.wfile = _SocketWriter(conn)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except socket.error:
                # The client went away: what was not sent is dropped.
                pass
        self.wfile.close()
        self.rfile.close()


class _SocketWriter(BufferedIOBase):
    """An unbuffered writer on a socket: every write() is a sendall()."""

    def __init__(self, sock):
        self._sock = sock

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)
        with memoryview(b) as view:
            return view.nbytes

    def fileno(self):
        return self._sock.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for datagrams: self.rfile reads the datagram, and what is written to
    self.wfile is sent back to the client when the handler finishes."""

    def setup(self):
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
