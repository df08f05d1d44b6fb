# Bad arguments and failing calls: CPython's exception types and messages.
import socket


def attempt(label, fn, *args):
    try:
        result = fn(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(result))


s = socket.socket()
for bad in [5, ("a",), ("127.0.0.1", 70000), ("127.0.0.1", "x"), (1, 2), ("127.0.0.1", -1)]:
    attempt("bind %r" % (bad,), s.bind, bad)
attempt("bind no args", s.bind)
attempt("connect AF_INET6 tuple", s.connect, ("::1", 80, 0, 0))
s.close()

u = socket.socket(socket.AF_UNIX)
for bad in [5, "x" * 200, ("a",), b"\0" + b"y" * 120]:
    attempt("unix bind " + repr(bad)[:30], u.bind, bad)
u.close()

s6 = socket.socket(socket.AF_INET6)
for bad in [("::1", 0, 1 << 21), ("::1",), "::1", ("::1", 0, 0, 0, 0)]:
    attempt("inet6 bind %r" % (bad,), s6.bind, bad)
s6.close()

attempt("family 99", socket.socket, 99)
attempt("negative fileno", socket.socket, socket.AF_INET, socket.SOCK_STREAM, 0, -5)
attempt("float fileno", socket.socket, -1, -1, -1, 1.5)

s = socket.socket()
for value in [-1, float("nan"), "x", 1 << 70, float("inf")]:
    attempt("settimeout %r" % (value,), s.settimeout, value)
for value in [1.5, 0, None, 3]:
    s.settimeout(value)
    print("timeout", value, "->", s.gettimeout(), s.getblocking())
attempt("recv(-1)", s.recv, -1)
attempt("recv unconnected", s.recv, 10)
attempt("recv()", s.recv)
attempt("recv(1, 2, 3)", s.recv, 1, 2, 3)
attempt("listen(1, 2)", s.listen, 1, 2)
attempt("send str", s.send, "x")
attempt("send unconnected", s.send, b"x")
attempt("recv_into bytes", s.recv_into, b"x")
attempt("recv_into too small", s.recv_into, bytearray(2), 5)
attempt("recvfrom_into too small", s.recvfrom_into, bytearray(2), 5)
attempt("fileno(1)", s.fileno, 1)
attempt("sendto 1 arg", s.sendto, b"x")
attempt("setsockopt 1 arg", s.setsockopt, 1)
attempt("setsockopt str", s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, "x")
attempt("setsockopt bad option", s.setsockopt, socket.SOL_SOCKET, 9999, 1)
attempt("getsockopt buflen", s.getsockopt, 1, 2, 5000)
attempt("getsockopt bytes", s.getsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 4)
attempt("settimeout()", s.settimeout)
attempt("shutdown unconnected", s.shutdown, socket.SHUT_RDWR)
attempt("getpeername unconnected", s.getpeername)
attempt("pickle", __import__("pickle").dumps, s)
s.close()
for name, args in [("recv", (1,)), ("getsockname", ()), ("listen", (1,)), ("bind", (("", 0),)),
                   ("send", (b"x",)), ("fileno", ()), ("connect", (("127.0.0.1", 1),)), ("close", ())]:
    attempt("closed " + name, getattr(s, name), *args)

a, b = socket.socketpair()
a.settimeout(0.01)
attempt("recv timeout", a.recv, 10)
a.settimeout(0)
attempt("recv non-blocking", a.recv, 10)
attempt("recv MSG_DONTWAIT", b.recv, 10, socket.MSG_DONTWAIT)
print("still blocking", b.gettimeout())
a.close()
attempt("sendall to closed peer", b.sendall, b"x")
attempt("send to closed peer", b.send, b"more" * 10000)
b.close()

try:
    socket.socket().connect(("nonexistent.invalid", 80))
except socket.gaierror as e:
    print("gaierror", e.errno, e.strerror, isinstance(e, OSError))
print(socket.error is OSError, socket.herror.__mro__[1] is OSError, socket.gaierror.__module__)
