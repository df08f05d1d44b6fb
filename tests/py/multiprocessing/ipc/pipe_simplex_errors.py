from multiprocessing import Pipe

r, w = Pipe(duplex=False)
print(r.readable, r.writable, w.readable, w.writable)
w.send_bytes(b"abcdef", 2, 3)
print(r.recv_bytes())
for label, f in (("send on reader", lambda: r.send(1)), ("recv on writer", lambda: w.recv())):
    try:
        f()
    except OSError as e:
        print(label, type(e).__name__, e)
w.close()
try:
    r.recv()
except EOFError:
    print("EOFError after the writer closed")
r.close()
print(r.closed)
r.recv()
