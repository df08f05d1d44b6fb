# Pipe(): both ends of a socket pair send and receive pickled objects; Pipe(False) is
# one-way. The flags and fileno() of each end.
import multiprocessing
from multiprocessing.connection import Connection

a, b = multiprocessing.Pipe()
print(type(a).__name__, isinstance(a, Connection))
print(a.readable, a.writable, a.closed, isinstance(a.fileno(), int))
objs = [None, True, 42, -7, 2**100, 3.5, "héllo", b"\x00\xff", (1, (2, 3)), [1, [2, [3]]],
        {"a": 1, "b": [2, 3], 3: "c"}, {1, 2, 3}, frozenset({"x"}), {"nested": {"deep": (1, 2.0, "three")}}]
for o in objs:
    a.send(o)
    got = b.recv()
    print(repr(got), got == o)
b.send("reply")
print(a.recv())
for i in range(5):
    a.send(i)
print([b.recv() for i in range(5)])

r, w = multiprocessing.Pipe(False)
print(r.readable, r.writable, w.readable, w.writable)
w.send({"k": "v"})
print(r.recv())
r2, w2 = multiprocessing.Pipe(duplex=False)
w2.send_bytes(b"raw")
print(r2.recv_bytes())
with a, b:
    a.send([1, 2])
    print(b.recv())
print(a.closed, b.closed)
for c in (r, w, r2, w2):
    c.close()
    c.close()
print(r.closed, w.closed)
