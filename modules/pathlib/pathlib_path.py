

def _stat_test(test, follow=True):
    """A Path.is_*() method: test the mode of stat() (lstat() without follow); a path
    that is not there is False."""
    def check(self):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not _means_missing(e):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)
    return check


class Path(PurePath):
    """A path with the operations that use the filesystem.

    Path() makes the concrete class of the running system (PosixPath here); the class
    of the other system cannot be made."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath if os.name != 'nt' else WindowsPath
        self = cls._from_args(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def _child(self, part):
        return self._build(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory, as a path."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory (what '~' expands to), as a path."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether other_path names the same file (same device and inode)."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = self.__class__(other_path).stat()
        return os.path.samestat(mine, theirs)

    def iterdir(self):
        """The entries of this directory as paths ('.' and '..' left out)."""
        for name in os.listdir(self):
            yield self._child(name)

    def _scandir(self):
        return os.scandir(self)

    def _pattern_parts(self, pattern):
        drv, root, parts = self._flavour.split_all((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1:] in (self._flavour.sep, self._flavour.altsep) and pattern:
            # A trailing separator selects directories only.
            parts.append('')
        return tuple(parts)

    def glob(self, pattern):
        """The existing paths under this one that the relative pattern matches
        ('**' standing for any number of directories)."""
        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        selector = _make_selector(self._pattern_parts(pattern), self._flavour)
        yield from selector.select_from(self)

    def rglob(self, pattern):
        """glob() with '**/' put before the pattern: matches at any depth."""
        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit("pathlib.Path.rglob", self, pattern)
        parts = ("**",) + self._pattern_parts(pattern)
        yield from _make_selector(parts, self._flavour).select_from(self)

    def absolute(self):
        """This path made absolute with the current directory in front; unlike
        resolve(), nothing is normalised and links are not followed."""
        if self.is_absolute():
            return self
        return self._from_args([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute, normalised path with every symbolic link followed
        (strict: the path must exist)."""
        def loop_error(e):
            if e.errno == ELOOP:
                raise RuntimeError("Symlink loop from %r" % e.filename)
        try:
            resolved = os.path.realpath(self, strict=strict)
        except OSError as e:
            loop_error(e)
            raise
        p = self._from_args((resolved,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                loop_error(e)
        return p

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def owner(self):
        """The user name of the file's owner."""
        try:
            from pwd import getpwuid
        except ImportError:
            raise NotImplementedError("Path.owner() is unsupported on this system")
        return getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the file's group."""
        try:
            from grp import getgrgid
        except ImportError:
            raise NotImplementedError("Path.group() is unsupported on this system")
        return getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None,
             errors=None, newline=None):
        """open() on this path."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole content of the file, as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The whole content of the file, as text."""
        with self.open('r', -1, io.text_encoding(encoding), errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Replace the content of the file by these bytes; return their count."""
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the content of the file by this text; return its length."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' %
                            data.__class__.__name__)
        with self.open('w', -1, io.text_encoding(encoding), errors, newline) as f:
            return f.write(data)

    def readlink(self):
        """The target of this symbolic link, as a path."""
        return self._from_args((os.readlink(str(self)),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file (mode masked by the umask) or update its times."""
        if exist_ok:
            # An existing file only gets its times updated.
            try:
                os.utime(self, None)
                return
            except OSError:
                pass
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        os.close(os.open(self, flags, mode))

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Make this directory (parents: and the missing ones above it;
        exist_ok: an existing directory is not an error)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(0o777, True, True)
            self.mkdir(mode, False, exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """os.chmod() of this path."""
        os.chmod(str(self), mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() of the link itself, not of what it points to."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Delete this file or link (missing_ok: no error if it is not there)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Delete this (empty) directory."""
        os.rmdir(self)

    def lstat(self):
        """stat() of the link itself, not of what it points to."""
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """os.rename() to target (relative to the current directory); the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """os.replace() to target, which is overwritten if it exists; the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target (os.symlink(target, self))."""
        os.symlink(target, str(self), target_is_directory)

    def hardlink_to(self, target):
        """Make this path another name of target's file (os.link(target, self))."""
        os.link(target, self)

    def link_to(self, target):
        """Make target another name of this file (deprecated: hardlink_to())."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled "
                      "for removal in Python 3.12. "
                      "Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        os.link(str(self), target)

    def exists(self):
        """True if something is at this path (following links)."""
        try:
            self.stat()
        except OSError as e:
            if not _means_missing(e):
                raise
            return False
        except ValueError:
            return False
        return True

    is_dir = _stat_test(S_ISDIR)
    is_file = _stat_test(S_ISREG)
    is_symlink = _stat_test(S_ISLNK, follow=False)
    is_block_device = _stat_test(S_ISBLK)
    is_char_device = _stat_test(S_ISCHR)
    is_fifo = _stat_test(S_ISFIFO)
    is_socket = _stat_test(S_ISSOCK)

    def is_mount(self):
        """True if this directory is a mount point (its device differs from its
        parent's, or it is its own parent)."""
        if not self.is_dir():
            return False
        try:
            above = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        if here.st_dev != above.st_dev:
            return True
        return here.st_ino == above.st_ino

    def expanduser(self):
        """This path with a leading ~ or ~user replaced by that home directory."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            home = os.path.expanduser(self._parts[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_args([home] + self._parts[1:])
        return self


for _name in ('is_dir', 'is_file', 'is_symlink', 'is_block_device', 'is_char_device',
              'is_fifo', 'is_socket'):
    _test = getattr(Path, _name)
    _test.__name__ = _name
    _test.__qualname__ = 'Path.' + _name
    _test.__doc__ = "True if the path is there and is a %s." % _name[3:].replace('_', ' ')
del _name, _test


class PosixPath(Path, PurePosixPath):
    """The Path of POSIX systems (what Path() makes here)."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """The Path of Windows (cannot be made on this system)."""
    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")
