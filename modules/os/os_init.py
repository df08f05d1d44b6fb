# The part of os that runs at import: os.path, PathLike and the supports_* sets.
import posixpath as path
import sys as _sys
_sys.modules['os.path'] = path
del _sys

linesep = '\n'


class _PathLikeMeta(type):
    # A class is path-like when it (or a base) defines __fspath__, as CPython's
    # PathLike.__subclasshook__ decides; registered classes are too.
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        for k in getattr(sub, '__mro__', (sub,)):
            if '__fspath__' in vars(k) or k in cls._registered:
                return True
        return False

    def register(cls, subclass):
        cls._registered.append(subclass)
        return subclass


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""
    _registered = []

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError


PathLike.__module__ = 'os'

supports_dir_fd = {access, chmod, chown, link, mkdir, mkfifo, mknod, open, readlink, rename,
                   rmdir, stat, symlink, unlink, utime}
supports_effective_ids = {access}
supports_fd = {chdir, chmod, chown, listdir, scandir, stat, statvfs, truncate, utime}
supports_follow_symlinks = {access, chown, link, stat, utime}
