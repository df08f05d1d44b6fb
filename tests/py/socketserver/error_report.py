# The default handle_error: CPython's report on stderr (its last line is the dashes).
import socket
import socketserver
import sys


class Failing(socketserver.BaseRequestHandler):
    def handle(self):
        raise KeyError("missing")


with socketserver.TCPServer(("127.0.0.1", 0), Failing) as srv:
    c = socket.create_connection(srv.server_address)
    srv.handle_request()
    print("served on", c.recv(10))
    c.close()
sys.stderr.flush()
print("done")
