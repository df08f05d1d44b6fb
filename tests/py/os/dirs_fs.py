# os.PathLike, chdir/fchdir, supports_* sets, statvfs, device numbers, getrandom and the EX_*,
# ST_* and GRND_* constants.
import os, tempfile
class P:
    def __fspath__(self): return "x"
print(isinstance(P(), os.PathLike), isinstance("s", os.PathLike), issubclass(P, os.PathLike), os.PathLike.__name__)
d = tempfile.mkdtemp()
with os.scandir(d) as it:
    pass
os.mkdir(os.path.join(d, "q"))
for e in os.scandir(d):
    print(isinstance(e, os.PathLike))
old = os.getcwd()
os.chdir(d)
print(os.getcwd() == d, os.listdir())
fd = os.open(".", os.O_RDONLY)
os.chdir(old)
os.fchdir(fd)
print(os.getcwd() == d)
os.chdir(fd)
os.close(fd)
os.chdir(old)
print(os.stat in os.supports_dir_fd, os.stat in os.supports_fd, os.access in os.supports_effective_ids, os.link in os.supports_follow_symlinks)
v = os.statvfs(d)
print(type(v).__name__, len(v), v.f_bsize == v[0], v.f_namemax > 0, repr(v).startswith("os.statvfs_result(f_bsize="), isinstance(v.f_fsid, int))
fd = os.open(d, os.O_RDONLY)
print(os.fstatvfs(fd).f_namemax == v.f_namemax)
os.close(fd)
print(os.major(0x1234), os.minor(0x1234), os.makedev(1, 2), os.device_encoding(0))
print(len(os.getrandom(8)), os.EX_OK, os.EX_USAGE, os.ST_RDONLY, os.GRND_NONBLOCK)
os.closerange(1000, 1010)
os.sync()
for f in [lambda: os.chdir('/nonexist'), lambda: os.chdir(3.3), lambda: os.closerange(1), lambda: os.getrandom(-1), lambda: os.statvfs('/nonexist'), lambda: os.fchdir(-1), lambda: os.mknod(os.path.join(d, "q"))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, str(e).replace(d, "D"))
os.rmdir(os.path.join(d, "q"))
os.rmdir(d)
