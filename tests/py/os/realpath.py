# os.path.realpath resolves links component by component (.. after a link, loops and missing
# parts without strict, OSError with strict); expanduser with HOME and ~user.
import os, tempfile
p = os.path
d = p.realpath(tempfile.mkdtemp())
os.chdir(d)
os.makedirs("a/b")
os.symlink("a/b", "lb")
os.symlink(d + "/a", "abs")
os.symlink("loop1", "loop2")
os.symlink("loop2", "loop1")
os.symlink("self", "self")
os.symlink("missing/x", "dang")
def rel(x):
    return x.replace(d, "D") if isinstance(x, str) else x
for q in ["lb", "lb/..", "lb/../..", "abs/b", "abs/../lb", "loop1", "loop1/x", "self/..", "dang", "dang/../y",
          "nonexist/../a", ".", "", "a//b/./", "/"]:
    print(repr(q), rel(p.realpath(q)), rel(p.realpath(q, strict=False)))
print(p.realpath(b"lb") == os.fsencode(d + "/a/b"))
for q in ["lb", "loop1", "dang", "nonexist"]:
    try:
        print(rel(p.realpath(q, strict=True)))
    except OSError as e:
        print(type(e).__name__, e.errno, rel(e.filename))
os.environ["HOME"] = "/home/someone/"
print(p.expanduser("~"), p.expanduser("~/x"), p.expanduser("~nosuchuser_zz/x"), p.expanduser("x~"), p.expanduser(b"~/b"))
os.environ["HOME"] = "/"
print(p.expanduser("~"), p.expanduser("~/x"))
for f in [lambda: p.realpath(3), lambda: p.realpath("a", True), lambda: p.expanduser(3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
os.chdir("/")
for top, dirs, files in os.walk(d, topdown=False):
    for name in files + dirs:
        q = p.join(top, name)
        if p.isdir(q) and not p.islink(q):
            os.rmdir(q)
        else:
            os.unlink(q)
os.rmdir(d)
