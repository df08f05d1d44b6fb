# shutil for gopy: high-level file operations (copying, moving, removing trees, finding
# programs), written for gopy over its os module. File contents are copied by the kernel
# (os.sendfile) where it can, by a read/write loop otherwise.

import os
import sys
import stat
import errno

# fnmatch and collections are imported where they are needed: most scripts import shutil
# for copying and removing, and gopy compiles every module it imports.

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


def _audit(event, *args):
    hook = getattr(sys, "audit", None)
    if hook is not None:
        hook(event, *args)


# ---- copying file contents -------------------------------------------------------------

def copyfileobj(fsrc, fdst, length=0):
    """Copy the contents of file-like object fsrc to file-like object fdst."""
    size = length if length > 0 else COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while True:
        chunk = read(size)
        if len(chunk) == 0:  # not `not chunk`: gopy's VM takes every bytes object for true
            return
        write(chunk)


class _NoKernelCopy(Exception):
    pass


def _kernel_copy(fin, fout):
    # Let the kernel move the bytes; _NoKernelCopy when it cannot for these files (then
    # nothing was written and the caller copies by hand).
    try:
        infd, outfd = fin.fileno(), fout.fileno()
    except Exception as exc:
        raise _NoKernelCopy(exc)
    try:
        size = os.fstat(infd).st_size
    except OSError:
        size = 0
    step = max(size, 1 << 23)
    done = 0
    while True:
        try:
            n = os.sendfile(outfd, infd, done, step)
        except OSError as exc:
            exc.filename, exc.filename2 = fin.name, fout.name
            if exc.errno == errno.ENOSPC:
                raise exc from None
            if done == 0 and os.lseek(outfd, 0, os.SEEK_CUR) == 0:
                raise _NoKernelCopy(exc)
            raise exc
        if n == 0:
            return
        done += n


def _same_file(a, b):
    try:
        if isinstance(a, os.DirEntry):
            return os.path.samestat(a.stat(), os.stat(b))
        return os.path.samefile(a, b)
    except OSError:
        return False


def _stat_of(p):
    if isinstance(p, os.DirEntry):
        return p.stat()
    return os.stat(p)


def _is_link(p):
    if isinstance(p, os.DirEntry):
        return p.is_symlink()
    return os.path.islink(p)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of src to dst (no metadata) and return dst. With follow_symlinks
    false a symbolic link src is copied as a new link."""
    _audit("shutil.copyfile", src, dst)
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for p in (src, dst):
        try:
            mode = _stat_of(p).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            shown = p.path if isinstance(p, os.DirEntry) else p
            raise SpecialFileError("`%s` is a named pipe" % shown)
    if not follow_symlinks and _is_link(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fin:
        try:
            with open(dst, 'wb') as fout:
                try:
                    _kernel_copy(fin, fout)
                except _NoKernelCopy:
                    copyfileobj(fin, fout)
        except IsADirectoryError as exc:
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f'Directory does not exist: {dst}') from exc
    return dst


# ---- copying metadata --------------------------------------------------------------------

def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst. Between two symbolic links with
    follow_symlinks false nothing happens: Linux cannot change a link's mode."""
    _audit("shutil.copymode", src, dst)
    if not follow_symlinks and _is_link(src) and os.path.islink(dst):
        return
    mode = _stat_of(src).st_mode
    os.chmod(dst, stat.S_IMODE(mode))


def _copy_xattrs(src, dst, follow):
    lister = getattr(os, "listxattr", None)
    if lister is None:
        return
    try:
        names = lister(src, follow_symlinks=follow)
    except OSError as exc:
        if exc.errno in (errno.ENOTSUP, errno.ENODATA, errno.EINVAL):
            return
        raise
    for name in names:
        try:
            os.setxattr(dst, name, os.getxattr(src, name, follow_symlinks=follow),
                        follow_symlinks=follow)
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.ENODATA, errno.EINVAL,
                                 errno.EACCES):
                raise


def copystat(src, dst, *, follow_symlinks=True):
    """Copy the permission bits, access and modification times (and extended attributes
    where the os module has them) from src to dst. Between two symbolic links with
    follow_symlinks false, only what can be set on a link itself is copied."""
    _audit("shutil.copystat", src, dst)
    follow = follow_symlinks or not (_is_link(src) and os.path.islink(dst))

    def call(name, *args, **kwds):
        fn = getattr(os, name, None)
        if fn is None or (not follow and fn not in os.supports_follow_symlinks):
            return None
        return fn(*args, follow_symlinks=follow, **kwds)

    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follow)
    else:
        st = call("stat", src)
        if st is None:
            return
    call("utime", dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    _copy_xattrs(src, dst, follow)
    try:
        call("chmod", dst, stat.S_IMODE(st.st_mode))
    except NotImplementedError:
        pass


def copy(src, dst, *, follow_symlinks=True):
    """Copy the data and the mode bits of src to dst ("cp src dst"), dst possibly a
    directory; return the path of the new file."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """As copy(), but with all of copystat()'s metadata; return the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# ---- trees -------------------------------------------------------------------------------

def ignore_patterns(*patterns):
    """Return a copytree() ignore callable that drops the names matching any of the
    glob-style patterns."""
    import fnmatch

    def ignored(path, names):
        found = set()
        for pat in patterns:
            found.update(fnmatch.filter(names, pat))
        return found
    return ignored


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless dirs_exist_ok) and
    return dst. Symbolic links are copied as links when symlinks is true, followed
    otherwise. ignore(dir, names) names what to leave out of each directory; each file is
    copied by copy_function(src, dst). Failures are collected and raised at the end as
    one Error whose argument lists (src, dst, reason) triples."""
    _audit("shutil.copytree", src, dst)
    with os.scandir(src) as it:
        entries = list(it)
    skip = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    pass_entry = copy_function is copy2 or copy_function is copy
    problems = []

    def subtree(source, target):
        copytree(source, target, symlinks, ignore, copy_function,
                 ignore_dangling_symlinks, dirs_exist_ok)

    for entry in entries:
        if entry.name in skip:
            continue
        from_path = os.path.join(src, entry.name)
        to_path = os.path.join(dst, entry.name)
        source = entry if pass_entry else from_path
        try:
            if entry.is_symlink():
                target = os.readlink(from_path)
                if symlinks:
                    os.symlink(target, to_path)
                    copystat(source, to_path, follow_symlinks=False)
                elif ignore_dangling_symlinks and not os.path.exists(target):
                    continue
                elif entry.is_dir():
                    subtree(source, to_path)
                else:
                    copy_function(source, to_path)
            elif entry.is_dir():
                subtree(source, to_path)
            else:
                copy_function(source, to_path)
        except Error as exc:
            problems += exc.args[0]
        except OSError as exc:
            problems.append((from_path, to_path, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        problems.append((src, dst, str(exc)))
    if problems:
        raise Error(problems)
    return dst


def _remove_contents(dirfd, where, onerror):
    # Empty the directory open as dirfd (named where in reports), without following
    # symbolic links: each subdirectory is opened relative to its parent and checked to be
    # the directory lstat saw before anything in it is removed.
    try:
        with os.scandir(dirfd) as it:
            entries = list(it)
    except OSError as exc:
        exc.filename = where
        onerror(os.scandir, where, sys.exc_info())
        return
    for entry in entries:
        full = os.path.join(where, entry.name)
        try:
            isdir = entry.is_dir(follow_symlinks=False)
        except OSError:
            isdir = False
        if isdir:
            try:
                seen = entry.stat(follow_symlinks=False)
            except OSError:
                onerror(os.lstat, full, sys.exc_info())
                continue
            isdir = stat.S_ISDIR(seen.st_mode)
        if not isdir:
            try:
                os.unlink(entry.name, dir_fd=dirfd)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
            continue
        _remove_dir_at(entry.name, dirfd, full, seen, onerror)


def _remove_dir_at(name, dirfd, shown, seen, onerror):
    # Remove directory name (relative to dirfd, or a path when dirfd is None) whose lstat
    # result is seen, with everything under it.
    try:
        fd = os.open(name, os.O_RDONLY, dir_fd=dirfd)
    except OSError:
        onerror(os.open, shown, sys.exc_info())
        return
    closed = False
    try:
        if not os.path.samestat(seen, os.fstat(fd)):
            try:
                raise OSError("Cannot call rmtree on a symbolic link")
            except OSError:
                onerror(os.path.islink, shown, sys.exc_info())
            return
        _remove_contents(fd, shown, onerror)
        try:
            os.close(fd)
            closed = True
            os.rmdir(name, dir_fd=dirfd)
        except OSError:
            onerror(os.rmdir, shown, sys.exc_info())
    finally:
        if not closed:
            os.close(fd)


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory tree path (relative to dir_fd when given). A failure calls
    onerror(function, path, exc_info) when given, is ignored when ignore_errors is true,
    and is raised otherwise. Symbolic links are never followed; path itself must not be one."""
    _audit("shutil.rmtree", path, dir_fd)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(func, path, exc_info):
            raise exc_info[1]
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    try:
        seen = os.lstat(path, dir_fd=dir_fd)
    except Exception:
        onerror(os.lstat, path, sys.exc_info())
        return
    _remove_dir_at(path, dir_fd, path, seen, onerror)


rmtree.avoids_symlink_attacks = True


def _last_component(path):
    path = os.fspath(path)
    return os.path.basename(path.rstrip(os.path.sep))


def _inside(src, dst):
    # Whether dst is src or lies under it.
    a = os.path.abspath(src).rstrip(os.path.sep) + os.path.sep
    b = os.path.abspath(dst).rstrip(os.path.sep) + os.path.sep
    return b.startswith(a)


def move(src, dst, copy_function=copy2):
    """Move the file or directory src to dst ("mv src dst") and return where it went.
    Into dst when dst is a directory; by rename when both are on one filesystem, otherwise
    by copying (copy_function for files, copytree for directories) and removing src."""
    _audit("shutil.move", src, dst)
    final = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return
        final = os.path.join(dst, _last_component(src))
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
        return final
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), final)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, final, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, final)
        os.unlink(src)
    return final


# ---- system information ------------------------------------------------------------------

_ntuple_diskusage = None


def disk_usage(path):
    """Return (total, used, free) bytes of the filesystem holding path, as a named tuple."""
    global _ntuple_diskusage
    if _ntuple_diskusage is None:
        import collections
        _ntuple_diskusage = collections.namedtuple('usage', 'total used free')
    vfs = os.statvfs(path)
    unit = vfs.f_frsize
    return _ntuple_diskusage(vfs.f_blocks * unit, (vfs.f_blocks - vfs.f_bfree) * unit,
                             vfs.f_bavail * unit)


def _lookup_id(name, module, getter):
    if name is None:
        return None
    try:
        db = __import__(module)
        return getattr(db, getter)(name)[2]
    except (ImportError, KeyError):
        return None


def chown(path, user=None, group=None):
    """Change the owner and/or group of path; each may be a name or a number."""
    _audit('shutil.chown', path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if isinstance(user, str):
        uid = _lookup_id(user, 'pwd', 'getpwnam')
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    elif user is not None:
        uid = user
    if group is not None and not isinstance(group, int):
        gid = _lookup_id(group, 'grp', 'getgrnam')
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    elif group is not None:
        gid = group
    os.chown(path, uid, gid)


def get_terminal_size(fallback=(80, 24)):
    """Return the terminal's os.terminal_size: COLUMNS and LINES from the environment when
    they are positive integers, else what the terminal of sys.__stdout__ says, else
    fallback."""
    def from_env(var):
        try:
            return int(os.environ[var])
        except (KeyError, ValueError):
            return 0
    cols, rows = from_env('COLUMNS'), from_env('LINES')
    if cols <= 0 or rows <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if cols <= 0:
            cols = size.columns or fallback[0]
        if rows <= 0:
            rows = size.lines or fallback[1]
    return os.terminal_size((cols, rows))


def _runnable(name, mode):
    return os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Return the path of the program cmd as the shell would find it on path (by default
    $PATH) with access mode, or None."""
    if len(os.path.dirname(cmd)) > 0:
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if len(path) == 0:
        return None
    if isinstance(cmd, bytes):
        dirs = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        dirs = os.fsdecode(path).split(os.pathsep)
    tried = set()
    for d in dirs:
        if d in tried:
            continue
        tried.add(d)
        candidate = os.path.join(d, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


# ---- archives ----------------------------------------------------------------------------
# The registries hold the tar formats (over tarfile: plain and gzip; gopy has no bz2 or
# lzma, so no bztar or xztar, as CPython built without them) and zip (over zipfile).


def _archive_folder(parent, dry_run, logger):
    # The folder a new archive goes in is made (and logged) if it is missing.
    if parent and not os.path.exists(parent):
        if logger is not None:
            logger.info("creating %s", parent)
        if not dry_run:
            os.makedirs(parent)


def _owner_id(name, lookup):
    # The number pwd.getpwnam or grp.getgrnam gives name, or None.
    if name is None:
        return None
    try:
        return lookup(name)[2]
    except KeyError:
        return None


def _tar_maker(base_name, base_dir, compress="gzip", verbose=0, dry_run=0, owner=None,
               group=None, logger=None, root_dir=None):
    # The 'tar' and 'gztar' formats: base_dir's tree in base_name + ".tar" (+ ".gz"),
    # written as a stream, owned by owner and group when given.
    suffixes = {None: '', 'gzip': 'gz'}
    if compress not in suffixes:
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    import tarfile
    import pwd
    import grp
    kind = suffixes[compress]
    target = base_name + '.tar' + ('.' + kind if kind else '')
    _archive_folder(os.path.dirname(target), dry_run, logger)
    if logger is not None:
        logger.info('Creating tar archive')
    uid, gid = _owner_id(owner, pwd.getpwnam), _owner_id(group, grp.getgrnam)

    def owned(info):
        if gid is not None:
            info.gid, info.gname = gid, group
        if uid is not None:
            info.uid, info.uname = uid, owner
        return info

    if not dry_run:
        with tarfile.open(target, 'w|' + kind) as archive:
            archive.add(base_dir, filter=owned)
    return target


def _tar_unpacker(filename, extract_dir, *, filter=None):
    # Unpacks a tar archive, compressed or not, with tarfile's extraction filter.
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    with archive:
        archive.extractall(extract_dir, filter=filter)


def _zip_maker(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None,
               group=None, root_dir=None):
    # The 'zip' format: base_dir's tree, deflated, in base_name + ".zip".
    import zipfile
    target = base_name + ".zip"
    _archive_folder(os.path.dirname(base_name), dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", target, base_dir)
    if dry_run:
        return target
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        top = os.path.normpath(base_dir)
        if top != os.curdir:
            archive.write(top, top)
        for here, subdirs, files in os.walk(base_dir):
            for name in sorted(subdirs):
                entry = os.path.normpath(os.path.join(here, name))
                archive.write(entry, entry)
            for name in files:
                entry = os.path.normpath(os.path.join(here, name))
                if os.path.isfile(entry):
                    archive.write(entry, entry)
                    if logger is not None:
                        logger.info("adding '%s'", entry)
    return target


def _zip_unpacker(filename, extract_dir):
    # Unpacks a zip archive, leaving out members with absolute or '..' names.
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith('/') or '..' in name:
                continue
            dest = os.path.join(extract_dir, *name.split('/'))
            if not dest:
                continue
            folder = os.path.dirname(dest)
            if folder and not os.path.isdir(folder):
                os.makedirs(folder)
            if not name.endswith('/'):
                with archive.open(name) as src, open(dest, 'wb') as out:
                    copyfileobj(src, out)


_ARCHIVE_FORMATS = {
    'tar': (_tar_maker, [('compress', None)], "uncompressed tar file"),
    'gztar': (_tar_maker, [('compress', 'gzip')], "gzip'ed tar-file"),
    'zip': (_zip_maker, [], "ZIP file"),
}
_UNPACK_FORMATS = {
    'tar': (['.tar'], _tar_unpacker, [], "uncompressed tar file"),
    'zip': (['.zip'], _zip_unpacker, [], "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], _tar_unpacker, [], "gzip'ed tar-file"),
}


def get_archive_formats():
    """Return the (name, description) pairs of the archive formats, sorted."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def _check_extra_args(extra_args):
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for item in extra_args:
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')


def register_archive_format(name, function, extra_args=None, description=''):
    """Register function(base_name, base_dir, **kwargs) as the maker of format name."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    _check_extra_args(extra_args)
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive of base_dir (relative to root_dir) in a registered format and
    return its file name."""
    _audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    try:
        function, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    kwargs = dict(extra)
    kwargs['dry_run'] = dry_run
    kwargs['owner'] = owner
    kwargs['group'] = group
    kwargs['logger'] = logger
    if base_dir is None:
        base_dir = os.curdir
    here = None
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
        if not os.path.isdir(root_dir):
            raise NotADirectoryError(errno.ENOTDIR, 'Not a directory', root_dir)
        base_name = os.path.abspath(os.fspath(base_name))
        here = os.getcwd()
        os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **kwargs)
    finally:
        if here is not None:
            os.chdir(here)


def get_unpack_formats():
    """Return (name, extensions, description) triples of the unpack formats, sorted."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Register function(filename, extract_dir, **kwargs) to unpack the files ending in
    one of extensions."""
    if extra_args is None:
        extra_args = []
    owners = {ext: other for other, entry in _UNPACK_FORMATS.items() for ext in entry[0]}
    for ext in extensions:
        if ext in owners:
            raise RegistryError('%s is already registered for "%s"' % (ext, owners[ext]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack filename into extract_dir (the current directory by default) with the format
    named, or the one its extension says."""
    _audit("shutil.unpack_archive", filename, extract_dir, format)
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    kwargs = {}
    if format is not None:
        try:
            entry = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    else:
        entry = None
        for candidate in _UNPACK_FORMATS.values():
            if any(filename.endswith(ext) for ext in candidate[0]):
                entry = candidate
                break
        if entry is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    kwargs.update(entry[2])
    if filter is not None:
        kwargs['filter'] = filter
    entry[1](filename, extract_dir, **kwargs)
