# socketserver: TCP, UDP and Unix servers, the threading mix-in, handlers, shutdown,
# handle_request with a timeout, handle_error's report.
import os
import socket
import socketserver
import tempfile
import threading


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            if line.strip() == b"bye":
                break
            self.wfile.write(b"echo: " + line)


class Upper(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(1024)
        self.request.sendall(data.upper())


class Datagram(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(b"got " + self.rfile.read())


class Failing(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError("handler failed")


def talk(address, lines, family=socket.AF_INET):
    with socket.socket(family) as c:
        c.connect(address)
        f = c.makefile("rwb")
        replies = []
        for line in lines:
            f.write(line + b"\n")
            f.flush()
            replies.append(f.readline())
        f.write(b"bye\n")
        f.flush()
        f.close()
        return replies


print(socketserver.__all__)

# A threading TCP server driven by serve_forever in a thread, stopped by shutdown().
with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo) as srv:
    print(type(srv).__mro__[1].__name__, srv.daemon_threads, srv.block_on_close)
    print("address", srv.server_address[0], type(srv.server_address[1]).__name__)
    runner = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    runner.start()
    print(talk(srv.server_address, [b"one", b"two"]))
    results = []
    clients = [threading.Thread(target=lambda i=i: results.append(talk(srv.server_address, [b"c%d" % i])))
               for i in range(5)]
    for t in clients:
        t.start()
    for t in clients:
        t.join()
    print(sorted(r[0] for r in results))
    srv.shutdown()
    runner.join()
print("closed", srv.socket.fileno())

# handle_request: one request, then a timeout.
class Timing(socketserver.TCPServer):
    timeout = 0.05
    allow_reuse_address = True

    def handle_timeout(self):
        print("handle_timeout called")


with Timing(("127.0.0.1", 0), Upper) as srv:
    print("reuse", srv.socket.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
    c = socket.create_connection(srv.server_address)
    c.sendall(b"shout this")
    srv.handle_request()
    print(c.recv(100))
    c.close()
    srv.handle_request()

# bind_and_activate=False, then by hand.
srv = socketserver.TCPServer(("127.0.0.1", 0), Upper, bind_and_activate=False)
print("unbound", srv.server_address)
srv.server_bind()
srv.server_activate()
print("bound", srv.server_address[0], srv.fileno() == srv.socket.fileno())
srv.server_close()

# UDP.
with socketserver.UDPServer(("127.0.0.1", 0), Datagram) as srv:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"a datagram", srv.server_address)
    srv.handle_request()
    print(c.recvfrom(100)[0])
    c.close()

# Unix stream server.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    with socketserver.ThreadingUnixStreamServer(path, Echo) as srv:
        runner = threading.Thread(target=srv.serve_forever)
        runner.start()
        print(talk(path, [b"over unix"], socket.AF_UNIX))
        srv.shutdown()
        runner.join()
    print("unix address", os.path.basename(srv.server_address))

# A handler that raises: the report on stderr, and serving goes on.
class Quiet(socketserver.TCPServer):
    def handle_error(self, request, client_address):
        import sys
        print("handle_error", sys.exc_info()[0].__name__, sys.exc_info()[1], client_address[0])


with Quiet(("127.0.0.1", 0), Failing) as srv:
    c = socket.create_connection(srv.server_address)
    srv.handle_request()
    print("after error", c.recv(10))
    c.close()

# verify_request refusing.
class Picky(socketserver.TCPServer):
    def verify_request(self, request, client_address):
        print("verify", client_address[0])
        return False


with Picky(("127.0.0.1", 0), Upper) as srv:
    c = socket.create_connection(srv.server_address)
    srv.handle_request()
    print("refused gets", c.recv(10))
    c.close()

try:
    socketserver.TCPServer(("127.0.0.1", 70000), Upper)
except OverflowError as e:
    print("OverflowError", e)
