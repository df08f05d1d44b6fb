# ForkingTCPServer: each request in a child process; server_close waits for them.
import os
import socket
import socketserver


class Report(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        other = os.getpid() != self.server.parent_pid
        self.wfile.write(b"%s in another process: %s\n" % (line.strip(), str(other).encode()))


class Server(socketserver.ForkingTCPServer):
    allow_reuse_address = True


if __name__ == "__main__":
    with Server(("127.0.0.1", 0), Report) as srv:
        srv.parent_pid = os.getpid()
        print(srv.max_children, srv.block_on_close, srv.timeout, srv.active_children)
        for word in (b"first", b"second", b"third"):
            c = socket.create_connection(srv.server_address)
            c.sendall(word + b"\n")
            srv.handle_request()
            print(c.makefile("rb").readline())
            c.close()
        print("children", len(srv.active_children) <= 3)
    print("after close", srv.active_children is None or len(srv.active_children))
