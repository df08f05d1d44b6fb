# sendmsg, recvmsg, recvmsg_into with ancillary data; send_fds and recv_fds.
import array
import os
import socket

a, b = socket.socketpair()
print(a.sendmsg([b"ab", b"cd", bytearray(b"ef")]))
print(b.recvmsg(10))
r, w = os.pipe()
print(socket.send_fds(a, [b"x"], [r, w]))
msg, fds, flags, addr = socket.recv_fds(b, 10, 4)
print(msg, len(fds), flags, addr)
os.write(fds[1], b"through a passed descriptor")
print(os.read(r, 100))
for fd in fds:
    os.close(fd)
a.sendmsg([b"zz"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, array.array("i", [r]))])
data, anc, flags, addr = b.recvmsg(10, socket.CMSG_SPACE(4))
print(data, [(level, kind, len(d)) for level, kind, d in anc], flags, addr)
passed = array.array("i", anc[0][2])[0]
print("passed is a new descriptor", passed != r)
os.close(passed)
a.sendmsg([b"abcdef"])
buf1, buf2 = bytearray(2), bytearray(3)
print(b.recvmsg_into([buf1, buf2]), buf1, buf2)
print(b.recv(10))
for args in [(), ("x",), ([b"x"], 5), ([b"x"], [(1,)])]:
    try:
        a.sendmsg(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (-1,), (10, -1)]:
    try:
        b.recvmsg(*args)
    except Exception as e:
        print(type(e).__name__, e)
b.settimeout(0.01)
try:
    b.recvmsg(10)
except TimeoutError as e:
    print("TimeoutError", e)
for s in (a, b):
    s.close()
os.close(r)
os.close(w)

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(v.sendmsg([b"dgr", b"am"], [], 0, u.getsockname()))
data, anc, flags, addr = u.recvmsg(100)
print(data, anc, flags, addr[0], addr == v.getsockname())
u.close()
v.close()
