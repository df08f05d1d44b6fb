# os.stat_result is a struct sequence: ten visible items (whole-second times), the float
# and nanosecond times by name; stat, lstat and fstat fill it; its errors are CPython's.
import os
import pickle
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f")
fd = os.open(p, os.O_WRONLY | os.O_CREAT, 0o644)
os.write(fd, b"hello")
os.close(fd)
st = os.stat(p)
print(type(st), len(st), st.st_size, st[6], type(st.st_mtime).__name__, type(st[8]).__name__)
print(st.st_mtime_ns // 10**9 == st[8], int(st.st_atime) == st[7], st == tuple(st), hash(st) == hash(tuple(st)))
print(st.st_mode == st[0], st.st_ino == st[1], st.st_dev == st[2], st.st_nlink, st.st_uid == os.getuid())
print(repr(st).startswith("os.stat_result(st_mode="), repr(st).endswith(")"))
print(st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev)
fd = os.open(p, os.O_RDONLY)
print(os.fstat(fd) == st, os.stat(fd).st_size, os.fstat(fd).st_ino == st.st_ino)
os.close(fd)
print(os.lstat(p).st_size, os.stat(p, follow_symlinks=False).st_size)
print(os.path.getsize(p), os.path.getmtime(p) == st.st_mtime, os.path.getatime(p) == st.st_atime)

x = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(x)
print(x.st_atime, x.st_mtime, x.st_rdev, x.st_atime_ns, x[2:4], x[-1], x[::3], x + (11,), (0,) + x)
print(x.count(3), x.index(10), 5 in x, list(x), x == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10), x < (2,))
a, b, *rest = x
print(a, b, rest)
y = os.stat_result((1,) * 10, {"st_atime": 5.5, "st_rdev": 7})
print(y.st_atime, y.st_rdev, y.st_mtime)
print(pickle.loads(pickle.dumps(st)) == st, pickle.loads(pickle.dumps(y)).st_rdev)
print(type(x).__name__, x.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)

for f in [lambda: os.stat_result((1, 2)), lambda: os.stat_result((1,) * 20), lambda: os.stat_result(5),
          lambda: setattr(x, "st_mode", 3), lambda: x.foo, lambda: x[10], lambda: x["a"],
          lambda: os.stat(p, 5), lambda: os.stat(), lambda: os.stat(p, q=1), lambda: os.stat([]),
          lambda: os.stat(1.5), lambda: os.lstat(3), lambda: os.stat("a\0b"),
          lambda: os.stat(os.path.join(d, "nope")), lambda: os.lstat(os.path.join(d, "nope")),
          lambda: os.stat(""), lambda: os.stat(p + "/x"), lambda: os.fstat(-1), lambda: os.fstat("a"),
          lambda: os.stat(path=p, follow_symlinks=False, dir_fd=None, q=2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, "D"))

os.unlink(p)
os.rmdir(d)
