# OSErrors of file calls (errno subclass, message, file names), bytes paths, descriptors
# where CPython takes them, utime's float times.
import os, tempfile
d = tempfile.mkdtemp()
os.chdir(d)
os.symlink("loop", "loop")
for f in [lambda: os.stat("loop"), lambda: os.open("x", os.O_CREAT | os.O_EXCL | os.O_WRONLY) and os.open("x", os.O_CREAT | os.O_EXCL | os.O_WRONLY),
          lambda: os.lseek(os.pipe()[0], 0, 0), lambda: os.read(os.open(".", os.O_RDONLY), 10),
          lambda: os.mkdir("dd") or os.mkdir("dd/e") or os.rename("x", "dd"), lambda: os.rmdir("x"),
          lambda: os.unlink("dd"), lambda: os.listdir("x"), lambda: os.utime("x", (1.5, 2.25)) or os.stat("x").st_mtime,
          lambda: os.stat("x").st_atime_ns, lambda: os.chmod("nope", 0o644), lambda: os.link("x", "x"),
          lambda: os.truncate("nope", 0), lambda: os.access(3, os.F_OK), lambda: os.readlink(b"loop"),
          lambda: os.symlink(b"a", "b"), lambda: os.path.exists(b"x"), lambda: os.stat(b"x").st_size,
          lambda: os.scandir(os.open(".", os.O_RDONLY)).__next__().path, lambda: os.walk(3).__next__(),
          lambda: os.path.getsize(3), lambda: os.umask(-1) and os.umask(0o22), lambda: os.lstat(b"nope"),
          lambda: os.replace("nope", b"x")]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
os.chdir("/")
for top, dirs, files in os.walk(d, topdown=False):
    for name in files + dirs:
        p = os.path.join(top, name)
        if os.path.isdir(p) and not os.path.islink(p):
            os.rmdir(p)
        else:
            os.unlink(p)
os.rmdir(d)
print(os.path.exists(d))
