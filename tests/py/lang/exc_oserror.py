# OSError(errno, strerror[, filename]) picks the subclass and sets its attributes.
import errno
e = OSError(errno.ENOENT, "No such file or directory", "a.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError(errno.EACCES, "Permission denied")
print(type(e).__name__, str(e), e.filename)
e = OSError("plain")
print(type(e).__name__, str(e), e.errno)
try:
    raise FileExistsError(errno.EEXIST, "File exists", "d")
except OSError as err:
    print("caught", type(err).__name__, err)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
