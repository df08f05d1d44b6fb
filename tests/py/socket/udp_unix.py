# UDP datagrams, Unix sockets (paths, abstract names), socketpair, makefile, dup, fromfd.
import os
import socket
import tempfile

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
print("type", repr(a.type), a.proto)
print("sendto", b.sendto(b"datagram one", a.getsockname()))
b.sendto(b"two", 0, a.getsockname())
data, addr = a.recvfrom(100)
print(data, addr == b.getsockname())
buf = bytearray(8)
n, addr = a.recvfrom_into(buf)
print(n, bytes(buf), addr == b.getsockname())
b.connect(a.getsockname())
b.send(b"connected")
print(a.recv(3), "(rest of the datagram dropped)")
a.setblocking(False)
try:
    a.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e)
print("timeout now", a.gettimeout(), a.getblocking())
a.close()
b.close()

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen()
    print("unix name", os.path.basename(srv.getsockname()), repr(srv).endswith("laddr=%s>" % path))
    cli = socket.socket(socket.AF_UNIX)
    print("unbound name", repr(cli.getsockname()))
    cli.connect(path)
    conn, addr = srv.accept()
    print("accept addr", repr(addr))
    cli.sendall(b"over unix")
    print(conn.recv(100))
    for s in (cli, conn, srv):
        s.close()
    print("socket file stays", os.path.exists(path))

abstract = b"\0gopy-test-%d" % os.getpid()
srv = socket.socket(socket.AF_UNIX)
srv.bind(abstract)
print("abstract", srv.getsockname() == abstract, type(srv.getsockname()).__name__)
srv.listen()
cli = socket.socket(socket.AF_UNIX)
cli.connect(abstract)
conn, _ = srv.accept()
print("peer", conn.getpeername(), cli.getpeername() == abstract)
for s in (cli, conn, srv):
    s.close()

# socketpair, makefile in text and binary modes.
x, y = socket.socketpair()
print(repr(x.family), repr(x.type), x.getsockname(), x.getpeername())
wf = x.makefile("w")
rf = y.makefile("r", encoding="utf-8")
print(type(wf).__name__, type(rf).__name__, wf.mode, rf.mode)
wf.write("first line\nsecond line\n")
wf.flush()
print(repr(rf.readline()), repr(rf.readline()))
raw = y.makefile("rb", buffering=0)
print(type(raw).__name__, raw.mode, raw.readable(), raw.writable(), raw.seekable())
x.sendall(b"raw bytes")
print(raw.read(3))
bw = x.makefile("wb")
print(type(bw).__name__)
bw.write(b"buffered")
bw.flush()
print(raw.read(20))
# The socket stays open until its files are closed too.
x.close()
print("closed with files open:", "[closed]" in repr(x), x.fileno() >= 0)
wf.close()
bw.close()
print("after the files:", x.fileno())
try:
    x.makefile("x")
except ValueError as e:
    print("ValueError", e)
try:
    y.makefile("r", buffering=0)
except ValueError as e:
    print("ValueError", e)
raw.close()
rf.close()

# dup, fromfd, detach.
d = y.dup()
print("dup", d.fileno() != y.fileno(), repr(d.family), d.gettimeout())
f = socket.fromfd(y.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
print("fromfd", f.fileno() != y.fileno(), repr(f.type))
fd = d.detach()
print("detached", d.fileno(), "[closed]" in repr(d), fd >= 0)
wrapped = socket.socket(fileno=fd)
print("socket(fileno=)", repr(wrapped.family), repr(wrapped.type), wrapped.proto)
for s in (wrapped, f, y):
    s.close()
print("inheritable", socket.socket().get_inheritable())
