# TCP: a listening socket, a client thread, accept, send/recv, shutdown, reprs.
import re
import socket
import threading


def show(s):
    # Descriptor numbers and ports differ between runs: mask them.
    text = re.sub(r"fd=\d+", "fd=N", repr(s))
    return re.sub(r"(\('127\.0\.0\.1', )\d+", r"\1P", text)


srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(show(srv))
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuseaddr", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print("bound", host, type(port).__name__, 0 < port < 65536)
print(show(srv))
print("family", srv.family, repr(srv.family), "type", repr(srv.type), "proto", srv.proto)
print("timeout", srv.gettimeout(), "blocking", srv.getblocking())

ready = threading.Event()
results = []


def client():
    with socket.create_connection(("127.0.0.1", port)) as c:
        results.append(show(c))
        c.sendall(b"hello " * 1000)
        c.shutdown(socket.SHUT_WR)
        data = b""
        while True:
            chunk = c.recv(4096)
            if not chunk:
                break
            data += chunk
        results.append(data)
        ready.set()


t = threading.Thread(target=client)
t.start()
conn, addr = srv.accept()
print("accepted", type(conn).__name__, addr[0], conn.getpeername() == addr)
print("conn timeout", conn.gettimeout(), conn.family is socket.AF_INET)
total = b""
while True:
    chunk = conn.recv(1000)
    if not chunk:
        break
    total += chunk
print("server got", len(total), total[:12])
conn.sendall(total.upper())
conn.close()
t.join()
print("client repr", results[0])
print("client got", len(results[1]), results[1][:12])
print(show(conn))
srv.close()
print(show(srv))
print("fileno after close", srv.fileno())
srv.close()

# The context manager closes.
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
print(show(s))

# connect_ex and a refused connection.
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    free_port = s.getsockname()[1]
with socket.socket() as c:
    print("connect_ex", c.connect_ex(("127.0.0.1", free_port)) == 111)
with socket.socket() as c:
    try:
        c.connect(("127.0.0.1", free_port))
    except ConnectionRefusedError as e:
        print("refused", e.errno, e)

# create_server with a backlog; accept with a timeout.
srv = socket.create_server(("127.0.0.1", 0), backlog=3)
print("create_server", show(srv), srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.settimeout(0.01)
try:
    srv.accept()
except socket.timeout as e:
    print("accept timed out:", type(e).__name__, e, socket.timeout is TimeoutError)
srv.settimeout(None)
c = socket.socket()
c.connect(srv.getsockname())
conn, _ = srv.accept()
conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("nodelay", conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
c.send(b"abc")
buf = bytearray(10)
n = conn.recv_into(buf)
print("recv_into", n, bytes(buf))
c.send(b"defgh")
view = memoryview(buf)
print("recv_into nbytes", conn.recv_into(view[2:], 3), bytes(buf))
print("peek", conn.recv(2, socket.MSG_PEEK), conn.recv(10))
for s in (c, conn, srv):
    s.close()
