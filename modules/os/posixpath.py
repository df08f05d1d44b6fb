# The parts of posixpath written in Python: the stat-based queries and the algorithms on
# several paths. os is imported when they run (os imports posixpath).


def _os():
    import os
    return os


def _kind(p):
    """The separator, current and parent directory names in p's type."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _empty(p):
    return b'' if isinstance(p, bytes) else ''


def _same_kind(*paths):
    if any(isinstance(p, bytes) for p in paths) and any(isinstance(p, str) for p in paths):
        raise TypeError("Can't mix strings and bytes in path components")


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _os().stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _os().stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _os().stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _os().stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    os = _os()
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    os = _os()
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """Test whether a path is a mount point"""
    os = _os()
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if st.st_mode & 0o170000 == 0o120000:
        return False
    path = os.fspath(path)
    parent = realpath(join(path, _kind(path)[2]))
    try:
        up = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _os().fspath(s)


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = _os().fspath(p)
    return _empty(p), p


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os().fspath, m))
        if any(isinstance(p, bytes) for p in m):
            # compared as text of the same code points, given back as bytes
            return commonprefix([p.decode('latin-1') for p in m]).encode('latin-1')
    lo, hi = min(m), max(m)
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_os().fspath, paths))
    _same_kind(*paths)
    sep, cur, _ = _kind(paths[0])
    absolute = set(p.startswith(sep) for p in paths)
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split(sep) if len(c) and c != cur] for p in paths]
    lo, hi = min(parts), max(parts)
    common = lo
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            common = lo[:i]
            break
    prefix = sep if absolute.pop() else _empty(sep)
    return prefix + sep.join(common)


def relpath(path, start=None):
    """Return a relative version of a path"""
    os = _os()
    path = os.fspath(path)
    if not len(path):
        raise ValueError("no path specified")
    sep, cur, par = _kind(path)
    start = cur if start is None else os.fspath(start)
    _same_kind(path, start)
    here = [c for c in abspath(start).split(sep) if len(c)]
    there = [c for c in abspath(path).split(sep) if len(c)]
    n = len(commonprefix([here, there]))
    parts = [par] * (len(here) - n) + there[n:]
    if not parts:
        return cur
    return join(*parts)


def _is_name_char(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    os = _os()
    path = os.fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(expandvars(os.fsdecode(path)))
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        j = path.find('$', i)
        if j < 0:
            break
        out.append(path[i:j])
        k = j + 1
        if k < n and path[k] == '{':
            end = path.find('}', k + 1)
            if end < 0:
                out.append('$')
                i = k
                continue
            name, stop = path[k + 1:end], end + 1
        else:
            while k < n and _is_name_char(path[k]):
                k += 1
            if k == j + 1:
                out.append('$')
                i = k
                continue
            name, stop = path[j + 1:k], k
        value = os.environ.get(name) if name else None
        out.append(path[j:stop] if value is None else value)
        i = stop
    out.append(path[i:])
    return ''.join(out)
