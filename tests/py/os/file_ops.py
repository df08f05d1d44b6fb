# File operations on names and descriptors: os.open/lseek/fsync/pread/pwrite/truncate, links,
# rename/replace/renames, chmod/utime/mkfifo/access, makedirs/removedirs and the OSErrors
# they raise (errno, strerror, file names).
import os, tempfile
d = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(d)
fd = os.open("f", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello world"), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET))
os.fsync(fd); os.fdatasync(fd)
os.ftruncate(fd, 5)
print(os.fstat(fd).st_size, os.get_inheritable(fd))
os.close(fd)
fd = os.open("f", os.O_RDWR)
print(os.pread(fd, 3, 1), os.pwrite(fd, b"J", 0), os.read(fd, 10))
print(os.isatty(fd))
try:
    os.get_terminal_size(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.ttyname(fd)
except OSError as e:
    print(type(e).__name__, e)
os.close(fd)
os.truncate("f", 2)
print(os.path.getsize("f"), os.stat("f").st_size)
os.mkdir("sub"); os.mkdir("sub/deep")
open("sub/a.txt", "w").close(); open("sub/deep/b.txt", "w").close()
os.symlink("f", "lnk")
print(os.readlink("lnk"), os.path.islink("lnk"), os.lstat("lnk").st_size == 1, os.stat("lnk").st_size)
os.link("f", "hard")
print(os.stat("f").st_nlink, os.path.samefile("f", "hard"), os.path.samefile("f", "lnk"))
for top, dirs, files in os.walk("."):
    print(top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk("sub", topdown=False):
    print(top, sorted(dirs), sorted(files))
for top, dirs, files, dfd in os.fwalk("sub"):
    print(top, sorted(dirs), sorted(files), type(dfd).__name__)
with os.scandir(".") as it:
    ents = sorted(it, key=lambda e: e.name)
for e in ents:
    print(repr(e), e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(), e.is_file(follow_symlinks=False), e.stat().st_size == os.stat(e.path).st_size, e.inode() == os.lstat(e.path).st_ino, os.fspath(e))
print(sorted(os.listdir(".")), sorted(os.listdir()), sorted(os.listdir(b".")))
print([e.name for e in os.scandir("sub")])
os.rename("f", "g")
os.replace("g", "hard")
try:
    os.rename("nope", "x")
except OSError as e:
    print(type(e).__name__, e, e.filename, e.filename2)
try:
    os.unlink("nope")
except OSError as e:
    print(type(e).__name__, e, e.filename, e.filename2)
try:
    os.rmdir("sub")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.mkdir("sub")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.symlink("x", "sub")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.readlink("hard")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.open("nope", os.O_RDONLY)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.listdir("nope")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.scandir("hard")
except OSError as e:
    print(type(e).__name__, e)
print(os.access("hard", os.F_OK), os.access("nope", os.F_OK), os.access(".", os.R_OK | os.W_OK | os.X_OK))
os.chmod("hard", 0o600)
print(oct(os.stat("hard").st_mode & 0o777))
fd = os.open("hard", os.O_RDONLY)
os.fchmod(fd, 0o640)
print(oct(os.stat("hard").st_mode & 0o777))
print(os.path.sameopenfile(fd, fd))
os.close(fd)
os.utime("hard", (1000000000, 1200000000))
st = os.stat("hard")
print(st.st_atime, st.st_mtime, st[8], st.st_mtime_ns, os.path.getatime("hard"), os.path.getmtime("hard"))
os.utime("hard", ns=(5 * 10**9 + 7, 6 * 10**9))
print(os.stat("hard").st_atime_ns, os.stat("hard").st_mtime_ns)
os.utime("hard")
print(os.stat("hard").st_mtime > 1200000000, os.path.getctime("hard") > 0)
os.chown("hard", -1, -1)
os.mkfifo("fifo")
print(os.stat("fifo").st_mode & 0o170000 == 0o010000)
os.renames("hard", "x/y/z")
print(os.path.exists("x/y/z"))
os.renames("x/y/z", "hard")
print(os.path.exists("x"))
os.makedirs("m/n/o")
os.makedirs("m/n/o", exist_ok=True)
try:
    os.makedirs("m/n/o")
except OSError as e:
    print(type(e).__name__, e)
os.removedirs("m/n/o")
print(os.path.exists("m"))
old_mask = os.umask(0o22)
print(os.umask(old_mask) == 0o22)
os.chdir(old)
for top, dirs, files in os.walk(d, topdown=False):
    for f in files:
        os.unlink(os.path.join(top, f))
    for x in dirs:
        p = os.path.join(top, x)
        if os.path.islink(p):
            os.unlink(p)
        else:
            os.rmdir(p)
os.rmdir(d)
print(os.path.exists(d))
