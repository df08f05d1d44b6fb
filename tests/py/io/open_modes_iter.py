# The builtin open() on today's file object: iterating a file gives its lines (for, list,
# next, readline mixed), 'a' and 'x' create a missing file, 'r+' writes at the start, a
# descriptor opens with closefd=False, and bad arguments raise CPython's errors in its order.
import os, tempfile
d = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(d)
p = "f.txt"
with open(p, "w") as f:
    f.write("one\ntwo\n\nthree")
for line in open(p):
    print(repr(line))
with open(p) as f:
    print(next(f), f.readline(), f.read())
print(list(open(p, "rb")))
with open(p) as f:
    it = iter(f)
    print(it is f, [len(l) for l in f])
os.unlink(p)
with open(p, "a") as f:
    f.write("a1\n")
with open(p, "a") as f:
    f.write("a2\n")
print(open(p).read())
with open(p, "r+") as f:
    f.write("XY")
print(open(p).read())
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e)
os.unlink(p)
with open(p, "x") as f:
    f.write("created")
print(open(p).read())
with open(p, "w") as f:
    f.write("short")
print(open(p).read())
f = open(p)
f.close()
try:
    next(f)
except ValueError as e:
    print(e)
os.unlink(p)
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
for a, k in [(("missing.txt",), {}), ((b"missing.txt",), {}), ((P("missing.txt"),), {}), ((".",), {}), ((".", "w"), {}),
             (("x", "rw"), {}), (("x", "z"), {}), (("x", "rr"), {}), (("x", "tb"), {}), (("x", ""), {}), (("x", "+"), {}),
             (("x", 1), {}), ((1.5,), {}), (("x", "wb"), {"encoding": "utf-8"}), (("x", "wb"), {"errors": "strict"}),
             (("x", "wb"), {"newline": ""}), (("x", "r"), {"encoding": 1}), (("x", "w"), {"newline": "x"}), (("x", "w"), {"buffering": 0}),
             ((-1,), {}), ((999,), {}), (("x",), {"closefd": False}), ((), {}), (("x", "rb"), {"buffering": 1.5})]:
    try:
        open(*a, **k).close()
        print("opened", a, k)
    except Exception as e:
        print(type(e).__name__, e)
print(os.path.exists("x"))
if os.path.exists("x"): os.unlink("x")
r, w = os.pipe()
f = open(w, "w", closefd=False)
f.write("via fd\n")
f.close()
os.write(w, b"still open\n")
os.close(w)
with open(r) as f:
    print(list(f))
os.chdir(old)
os.rmdir(d)
