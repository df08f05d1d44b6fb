# The wire format is CPython's: a 4-byte big-endian signed length, then the payload. A
# negative length other than -1 announces an empty message; a length longer than what
# follows before end of file is an error.
import os
import multiprocessing

a, b = multiprocessing.Pipe()
a.send_bytes(b"abc")
print(os.read(b.fileno(), 100))
a.send(None)
print(os.read(b.fileno(), 100))
os.write(a.fileno(), b"\x00\x00\x00\x05hello")
print(b.recv_bytes())
os.write(a.fileno(), b"\x00\x00\x00\x00")
print(b.recv_bytes())
os.write(a.fileno(), b"\xff\xff\xff\xfe")
print(b.recv_bytes())
os.write(a.fileno(), b"\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x02hi")
print(b.recv_bytes())
os.write(a.fileno(), b"\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x03abc")
print(b.recv_bytes(3))
os.write(a.fileno(), b"\xff\xff\xff\xff\x7f\x00\x00\x00\x00\x00\x00\x00")
try:
    b.recv_bytes(1 << 20)
except OSError as e:
    print(type(e).__name__, e)

c, d = multiprocessing.Pipe()
os.write(c.fileno(), b"\x7f\xff\xff\xffshort")
c.close()
try:
    d.recv_bytes()
except OSError as e:
    print(type(e).__name__, e)

c, d = multiprocessing.Pipe()
os.write(c.fileno(), b"\x00\x00")
c.close()
try:
    d.recv_bytes()
except OSError as e:
    print(type(e).__name__, e)

c, d = multiprocessing.Pipe()
os.write(c.fileno(), b"\x00\x00\x00\x04")
c.close()
try:
    d.recv_bytes()
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
