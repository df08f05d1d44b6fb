# os.scandir's DirEntry objects, os.walk (top-down, bottom-up, pruning, onerror,
# symlinks) and os.fwalk on a small tree.
import os
import tempfile

d = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(d)
os.makedirs("top/a/deep")
os.mkdir("top/b")
for name in ["top/f.txt", "top/a/g.txt", "top/a/deep/h.txt", "top/b/i.txt"]:
    fd = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, ("x" * len(name)).encode())
    os.close(fd)
os.symlink("a", "top/link_to_a")
os.symlink("nowhere", "top/dangling")

with os.scandir("top") as it:
    ents = sorted(it, key=lambda e: e.name)
for e in ents:
    print(repr(e), e.name, e.path, e.is_file(), e.is_dir(), e.is_symlink(),
          e.is_file(follow_symlinks=False), e.is_dir(follow_symlinks=False),
          e.inode() == os.lstat(e.path).st_ino, os.fspath(e) == e.path)
    if e.name != "dangling":
        print("  ", e.stat().st_size == os.stat(e.path).st_size, e.stat(follow_symlinks=False).st_size == os.lstat(e.path).st_size)
try:
    [e for e in ents if e.name == "dangling"][0].stat()
except OSError as e:
    print(type(e).__name__, e)
print(sorted(e.name for e in os.scandir("top/a")), sorted(os.listdir("top")))
print(sorted(e.path for e in os.scandir(b"top/b")), os.listdir(b"top/b"))
it = os.scandir("top")
it.close()
print(list(it))
os.chdir("top")
print(sorted(e.path for e in os.scandir()))
os.chdir(d)

for top, dirs, files in os.walk("top"):
    dirs.sort()
    print(top, dirs, sorted(files))
print("--")
# bottom-up: every directory after those below it (the order among siblings is the
# file system's)
seen = []
for top, dirs, files in os.walk("top", topdown=False):
    subs = [os.path.join(top, x) for x in dirs if not os.path.islink(os.path.join(top, x))]
    print(all(x in seen for x in subs), end=" ")
    seen.append(top)
print(sorted(seen))
for row in sorted(os.walk("top", topdown=False)):
    print(row[0], sorted(row[1]), sorted(row[2]))
print("--")
for top, dirs, files in os.walk("top", followlinks=True):
    dirs.sort()
    print(top, dirs, sorted(files))
print("--")
for top, dirs, files in os.walk("top"):
    if "a" in dirs:
        dirs.remove("a")
    dirs.sort()
    print(top, dirs, sorted(files))
print("--")
errors = []
print(list(os.walk("missing", onerror=errors.append)), [type(e).__name__ for e in errors], errors[0].filename)
print(list(os.walk("top/f.txt")))
for top, dirs, files, dfd in os.fwalk("top"):
    dirs.sort()
    print(top, dirs, sorted(files), sorted(os.listdir(dfd)) == sorted(dirs + files))
print("--")
rows = []
for top, dirs, files, dfd in os.fwalk("top", topdown=False):
    rows.append((top, sorted(dirs), sorted(files), isinstance(dfd, int)))
print(rows[-1][0], sorted(rows))

for f in [lambda: os.scandir("missing"), lambda: os.scandir("top/f.txt"), lambda: os.scandir(1.5),
          lambda: os.scandir("a", "b"), lambda: os.DirEntry(), lambda: os.listdir("missing"),
          lambda: os.listdir(1, 2), lambda: ents[0].is_dir(True), lambda: ents[0].foo]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

os.chdir(old)
for top, dirs, files in os.walk(d, topdown=False):
    for name in files:
        os.unlink(os.path.join(top, name))
    for name in dirs:
        p = os.path.join(top, name)
        if os.path.islink(p):
            os.unlink(p)
        else:
            os.rmdir(p)
os.rmdir(d)
print(os.path.exists(d))
