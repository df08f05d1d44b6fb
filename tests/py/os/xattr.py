# Extended attributes on paths, symbolic links and descriptors.
import os
import tempfile


def attempt(label, fn, *args, **kw):
    try:
        result = fn(*args, **kw)
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace(d, "D"))
    else:
        print(label, "=", repr(result))


d = tempfile.mkdtemp()
p = os.path.join(d, "f")
open(p, "w").close()
print(os.XATTR_CREATE, os.XATTR_REPLACE, os.XATTR_SIZE_MAX)
attempt("set", os.setxattr, p, "user.a", b"value")
attempt("get", os.getxattr, p, "user.a")
attempt("get bytes name", os.getxattr, p, b"user.a")
attempt("list", os.listxattr, p)
attempt("set create existing", os.setxattr, p, "user.a", b"v", os.XATTR_CREATE)
attempt("set replace missing", os.setxattr, p, "user.b", b"v", os.XATTR_REPLACE)
attempt("set bytearray", os.setxattr, p, "user.big", bytearray(b"x" * 300))
attempt("get big", lambda: len(os.getxattr(p, "user.big")))
attempt("get missing", os.getxattr, p, "user.none")
attempt("remove", os.removexattr, p, "user.a")
attempt("remove missing", os.removexattr, p, "user.a")
attempt("list after", os.listxattr, p)
attempt("bad namespace", os.setxattr, p, "bad", b"v")
attempt("no file", os.getxattr, os.path.join(d, "nonexistent"), "user.a")
attempt("int attribute", os.getxattr, p, 5)
attempt("str value", os.setxattr, p, "user.s", "text")
fd = os.open(p, os.O_RDONLY)
attempt("fd set", os.setxattr, fd, "user.fd", b"by fd")
attempt("fd list", sorted, os.listxattr(fd))
attempt("fd get", os.getxattr, fd, "user.fd")
attempt("fd no follow", os.getxattr, fd, "user.fd", follow_symlinks=False)
os.close(fd)
link = os.path.join(d, "link")
os.symlink(p, link)
attempt("through link", os.getxattr, link, "user.fd")
attempt("link itself", os.getxattr, link, "user.fd", follow_symlinks=False)
attempt("list link itself", os.listxattr, link, follow_symlinks=False)
cwd = os.getcwd()
os.chdir(d)
attempt("list cwd", os.listxattr)
os.chdir(cwd)
os.unlink(link)
os.unlink(p)
os.rmdir(d)
