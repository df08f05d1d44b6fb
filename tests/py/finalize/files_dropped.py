# A file object dropped without close() is written and closed when its last reference
# goes: a function's local file when the function returns, at `del`, and a temporary.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.txt")


def write_local(text):
    f = open(p, "w")
    f.write(text)
    print("size inside", os.path.getsize(p))


write_local("written by a local")
print("size after return", os.path.getsize(p))

f = open(p, "w")
f.write("abc")
print("size before del", os.path.getsize(p))
del f
print("size after del", os.path.getsize(p))

open(p, "w").write("temporary")
print(open(p).read())


def append_twice():
    g = open(p, "a")
    g.write("+1")
    h = open(p, "a")
    h.write("+2")


append_twice()
with open(p) as r:
    print(r.read())


def kept_open():
    k = open(p, "w")
    k.write("kept")
    return k


k = kept_open()
print("size while referenced", os.path.getsize(p))
del k
print("size after del k", os.path.getsize(p))

os.remove(p)
os.rmdir(d)
