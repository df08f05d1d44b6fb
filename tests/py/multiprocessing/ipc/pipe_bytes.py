# send_bytes with offset and size, recv_bytes with maxlength, recv_bytes_into a bytearray
# and a memoryview at an offset, BufferTooShort.
import multiprocessing

a, b = multiprocessing.Pipe()
a.send_bytes(b"hello world")
print(b.recv_bytes())
a.send_bytes(b"hello world", 6)
print(b.recv_bytes())
a.send_bytes(b"hello world", 0, 5)
print(b.recv_bytes())
a.send_bytes(b"hello world", 3, 0)
print(b.recv_bytes())
a.send_bytes(b"")
print(b.recv_bytes())
a.send_bytes(bytearray(b"from bytearray"))
print(b.recv_bytes())
a.send_bytes(memoryview(b"from memoryview")[5:])
print(b.recv_bytes())
a.send_bytes(b"exact")
print(b.recv_bytes(5))
a.send_bytes(bytes(100))
print(len(b.recv_bytes(maxlength=1000)))

buf = bytearray(b"............")
a.send_bytes(b"abc")
print(b.recv_bytes_into(buf), buf)
a.send_bytes(b"xyz")
print(b.recv_bytes_into(buf, 9), buf)
a.send_bytes(b"")
print(b.recv_bytes_into(buf, 12), buf)
mv = memoryview(bytearray(8))
a.send_bytes(b"mv")
print(b.recv_bytes_into(mv, 2), bytes(mv))
a.send_bytes(b"too long for it")
try:
    b.recv_bytes_into(bytearray(4))
except multiprocessing.BufferTooShort as e:
    print("BufferTooShort", e.args[0])
a.send_bytes(b"fits")
try:
    b.recv_bytes_into(bytearray(4), 1)
except multiprocessing.BufferTooShort as e:
    print("BufferTooShort", e.args)
a.send(("still", "in", "sync"))
print(b.recv())
a.send_bytes(b"0123456789")
try:
    b.recv_bytes(4)
except OSError as e:
    print(type(e).__name__, e)
print(b.readable, b.writable, b.closed)
try:
    b.recv_bytes()
except OSError as e:
    print(type(e).__name__, e)
b.send("b can still send")
print(a.recv())

r, w = multiprocessing.Pipe(False)
w.send_bytes(b"0123456789")
try:
    r.recv_bytes(3)
except OSError as e:
    print(type(e).__name__, e)
print(r.closed)
w.close()
