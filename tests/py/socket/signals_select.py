# Blocking calls wait without the GIL and are interrupted by signal handlers; sockets work
# with select and selectors; nothing leaks a descriptor.
import os
import select
import selectors
import signal
import socket
import threading


class Alarm(Exception):
    pass


def raising(signum, frame):
    raise Alarm("alarm %d" % signum)


a, b = socket.socketpair()
signal.signal(signal.SIGALRM, raising)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    a.recv(10)
except Alarm as e:
    print("recv interrupted:", e)

# A handler that returns lets the call go on: here it sends what recv waits for.
def sending(signum, frame):
    b.send(b"from handler")

signal.signal(signal.SIGALRM, sending)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print("recv after handler:", a.recv(100))

srv = socket.create_server(("127.0.0.1", 0))
signal.signal(signal.SIGALRM, raising)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    srv.accept()
except Alarm as e:
    print("accept interrupted:", e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)

# Another thread runs while the main thread waits in recv.
def later():
    b.sendall(b"from thread")

t = threading.Thread(target=later)
t.start()
print("recv with thread:", a.recv(100))
t.join()

# select and selectors.
print("select nothing:", select.select([a], [], [], 0))
b.send(b"x")
r, w, _ = select.select([a, srv], [a], [], 1)
print("select:", r == [a], w == [a])
a.recv(1)
sel = selectors.DefaultSelector()
sel.register(srv, selectors.EVENT_READ, "server")
c = socket.create_connection(srv.getsockname())
events = sel.select(timeout=5)
print("selector:", [(key.data, mask) for key, mask in events])
conn, _ = srv.accept()
sel.register(conn, selectors.EVENT_READ, "conn")
c.sendall(b"ping")
for key, mask in sel.select(timeout=5):
    print("ready:", key.data, key.fileobj.recv(10))
sel.close()
for s in (c, conn, srv, a, b):
    s.close()


def fd_count():
    return len(os.listdir("/proc/self/fd"))


before = fd_count()
for i in range(100):
    srv = socket.create_server(("127.0.0.1", 0))
    c = socket.create_connection(srv.getsockname())
    conn, _ = srv.accept()
    f = conn.makefile("rwb")
    c.sendall(b"line\n")
    f.readline()
    f.close()
    for s in (conn, c, srv):
        s.close()
    x, y = socket.socketpair()
    d = x.dup()
    for s in (x, y, d):
        s.close()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        u.bind(("127.0.0.1", 0))
    try:
        socket.create_connection(("127.0.0.1", 1))
    except ConnectionRefusedError:
        pass
print("descriptors leaked:", fd_count() - before)
