# tempfile for gopy: temporary files and directories with unpredictable names, created
# with O_EXCL (or O_TMPFILE) so no other process can slip in between choosing a name and
# creating the file. Written for gopy over its os and io modules.

import warnings as _warnings
import io as _io
import os as _os
import errno as _errno
import sys as _sys
import types as _types
import _thread

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)
template = "tmp"
tempdir = None

_bin_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, 'O_NOFOLLOW', 0) \
    | getattr(_os, 'O_CLOEXEC', 0)
_text_openflags = _bin_openflags

_setup_lock = _thread.allocate_lock()


def _audit(event, *args):
    hook = getattr(_sys, "audit", None)
    if hook is not None:
        hook(event, *args)


# ---- names -------------------------------------------------------------------------------

class _RandomNameSequence:
    """An endless iterator of random eight-character names (letters, digits and '_'); its
    generator is reseeded in a new process, so parent and child never draw alike."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if getattr(self, '_rng_pid', None) != pid:
            from random import Random
            self._rng = Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        picks = self.rng.choices(self.characters, k=8)
        return ''.join(picks)


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    with _setup_lock:
        if _name_sequence is None:
            _name_sequence = _RandomNameSequence()
    return _name_sequence


def _path_kind(*parts):
    # str or bytes: what the given name parts are (they may not mix), else what tempdir is.
    kind = None
    for part in parts:
        if part is None:
            continue
        if isinstance(part, _os.PathLike):
            part = _os.fspath(part)
        this = bytes if isinstance(part, bytes) else str
        if kind is not None and kind is not this:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        kind = this
    if kind is None:
        kind = bytes if isinstance(tempdir, bytes) else str
    return kind


def _defaults(prefix, suffix, dir):
    kind = _path_kind(prefix, suffix, dir)
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if kind is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if kind is str else gettempdirb()
    return prefix, suffix, dir, kind


def _names_in(dir, prefix, suffix, kind):
    # The candidate paths, TMP_MAX of them.
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if kind is bytes:
            name = _os.fsencode(name)
        yield _os.path.join(dir, prefix + name + suffix)


# ---- the temporary directory -------------------------------------------------------------

def _candidate_dirs():
    found = [_os.getenv(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    found = [d for d in found if d]
    found += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        found.append(_os.getcwd())
    except OSError:
        found.append(_os.curdir)
    return found


def _writable_dir():
    # The first candidate where a file can be created and written.
    names = _RandomNameSequence()
    candidates = _candidate_dirs()
    for d in candidates:
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            probe = _os.path.join(d, next(names))
            try:
                fd = _os.open(probe, _bin_openflags, 0o600)
            except FileExistsError:
                continue
            except OSError:
                break
            try:
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
            except OSError:
                _os.unlink(probe)
                break
            _os.unlink(probe)
            return d
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % candidates)


def _tempdir():
    global tempdir
    with _setup_lock:
        if tempdir is None:
            tempdir = _writable_dir()
        return tempdir


def gettempdir():
    """Return the directory temporary files go to (tempfile.tempdir) as str."""
    return _os.fsdecode(_tempdir())


def gettempdirb():
    """Return the directory temporary files go to (tempfile.tempdir) as bytes."""
    return _os.fsencode(_tempdir())


def gettempprefix():
    """Return the default prefix of temporary names as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """Return the default prefix of temporary names as bytes."""
    return _os.fsencode(template)


# ---- creating files and directories ------------------------------------------------------

def _create_file(dir, prefix, suffix, flags, kind):
    dir = _os.path.abspath(dir)
    for path in _names_in(dir, prefix, suffix, kind):
        _audit("tempfile.mkstemp", path)
        try:
            return _os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file, readable and writable by its owner only, and return (fd, path).
    suffix, prefix and dir shape the name (str, or all bytes for a bytes path); the caller
    removes the file."""
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    return _create_file(dir, prefix, suffix, _text_openflags if text else _bin_openflags, kind)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory only its owner can use and return its path (as mkstemp's);
    the caller removes it."""
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    for path in _names_in(dir, prefix, suffix, kind):
        _audit("tempfile.mkdtemp", path)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a path that did not exist a moment ago (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for path in _names_in(dir, prefix, suffix, str):
        try:
            _os.lstat(path)
        except OSError:
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


def _name_raw(file, name):
    raw = getattr(file, 'buffer', file)
    getattr(raw, 'raw', raw).name = name


# ---- NamedTemporaryFile ------------------------------------------------------------------

class _TemporaryFileCloser:
    """Closes the file of a _TemporaryFileWrapper once and removes its path (when
    delete); held apart from the wrapper so the wrapper's methods can keep it alive."""

    file = None
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file, self.name, self.delete = file, name, delete

    def close(self, unlink=_os.unlink):
        if self.close_called or self.file is None:
            return
        self.close_called = True
        try:
            self.file.close()
        finally:
            if self.delete:
                unlink(self.name)

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """The object NamedTemporaryFile returns: the file's own attributes and methods,
    plus name, delete, and a close() that removes the file."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, attr):
        value = getattr(self.__dict__['file'], attr)
        if callable(value):
            method = value

            import functools

            @functools.wraps(method)
            def bound(*args, **kwargs):
                return method(*args, **kwargs)
            bound._closer = self._closer
            value = bound
        if not isinstance(value, int):
            setattr(self, attr, value)
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        self.close()
        return outcome

    def close(self):
        """Close the file and remove it when delete is true."""
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """Open a new temporary file (created as mkstemp does) with the io.open arguments
    given; the result has the path as name and removes the file when closed if delete."""
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    made = []

    def opener(path, flags):
        fd, path = _create_file(dir, prefix, suffix, _bin_openflags, kind)
        made.append(path)
        return fd

    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=opener)
    except BaseException:
        if made:
            _os.unlink(made[0])
        raise
    try:
        _name_raw(file, made[0])
        return _TemporaryFileWrapper(file, made[0], delete)
    except BaseException:
        file.close()
        _os.unlink(made[0])
        raise


# ---- TemporaryFile -----------------------------------------------------------------------

_O_TMPFILE_WORKS = hasattr(_os, 'O_TMPFILE')


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Open a new temporary file that has no name in the filesystem (O_TMPFILE, or a file
    removed as soon as it is created) and disappears when closed."""
    global _O_TMPFILE_WORKS
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    prefix, suffix, dir, kind = _defaults(prefix, suffix, dir)
    opened = []

    def anonymous(path, flags):
        fd = _os.open(dir, (_bin_openflags | _os.O_TMPFILE) & ~_os.O_CREAT, 0o600)
        opened.append(fd)
        return fd

    def unlinked(path, flags):
        fd, path = _create_file(dir, prefix, suffix, _bin_openflags, kind)
        try:
            _os.unlink(path)
        except BaseException:
            _os.close(fd)
            raise
        opened.append(fd)
        return fd

    openers = [anonymous, unlinked] if _O_TMPFILE_WORKS else [unlinked]
    for opener in openers:
        try:
            file = _io.open(dir, mode, buffering=buffering, newline=newline,
                            encoding=encoding, errors=errors, opener=opener)
        except IsADirectoryError:
            if opener is unlinked:
                raise
            _O_TMPFILE_WORKS = False
            continue
        except OSError:
            if opener is unlinked:
                raise
            continue
        _name_raw(file, opened[-1])
        return file


# ---- SpooledTemporaryFile ----------------------------------------------------------------

class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (BytesIO, or a TextIOWrapper over one) until it
    grows past max_size or its fileno() is asked for; then it moves to a TemporaryFile
    made with the other arguments (rollover())."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = dict(mode=mode, buffering=buffering, suffix=suffix,
                                       prefix=prefix, encoding=encoding,
                                       newline=newline, dir=dir, errors=errors)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if not self._rolled and self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the contents to a real temporary file (once)."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._TemporaryFileArgs)
        self._file = disk
        del self._TemporaryFileArgs
        where = memory.tell()
        if hasattr(disk, 'buffer'):
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(where, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                           stacklevel=2, source=self)
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    @property
    def newlines(self):
        return self._file.newlines

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        n = self._file.write(s)
        self._check(self._file)
        return n

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._check(self._file)
        return result


def _forward(name):
    def method(self, *args):
        return getattr(self._file, name)(*args)
    method.__name__ = name
    method.__qualname__ = 'SpooledTemporaryFile.' + name
    return method


for _name in ('flush', 'isatty', 'readable', 'read', 'read1', 'readinto', 'readinto1',
              'readline', 'readlines', 'seekable', 'seek', 'tell', 'writable', 'detach'):
    setattr(SpooledTemporaryFile, _name, _forward(_name))
del _name


# ---- TemporaryDirectory ------------------------------------------------------------------

class TemporaryDirectory:
    """A directory made by mkdtemp(), removed with all it holds by cleanup(), at the end
    of a with block (which gives its path), or when the object is collected (with a
    ResourceWarning)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        import weakref
        self._finalizer = weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        # Remove the tree; what is in the way because of permissions is made writable and
        # tried again, what has gone already is fine.
        def onerror(func, path, exc_info):
            kind = exc_info[0]
            if issubclass(kind, FileNotFoundError):
                return
            if not issubclass(kind, PermissionError):
                if ignore_errors:
                    return
                raise exc_info[1]
            try:
                if path != name:
                    _os.chmod(_os.path.dirname(path), 0o700)
                _os.chmod(path, 0o700)
                try:
                    _os.unlink(path)
                except (PermissionError, IsADirectoryError):
                    cls._rmtree(path, ignore_errors)
            except FileNotFoundError:
                pass
        import shutil
        shutil.rmtree(name, onerror=onerror)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        # The finalizer's work: the object was dropped without cleanup().
        cls._rmtree(name, ignore_errors)
        _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        """Remove the directory now (once)."""
        pending = self._finalizer.detach()
        if pending is not None or _os.path.exists(self.name):
            type(self)._rmtree(self.name, self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
