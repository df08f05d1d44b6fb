"""Filename globbing utility."""

# Written for gopy; CPython 3.11's Lib/glob.py is the specification: results come in the
# order the directories list their entries, hidden names match only explicitly (or with
# include_hidden), '**' with recursive=True matches any depth, root_dir and dir_fd
# anchor relative patterns without changing the results' form.

import contextlib
import fnmatch
import itertools
import os
import re
import stat
import sys

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la fnmatch; names starting
    with a dot are matched by '*' and '?' only with include_hidden. With recursive,
    '**' matches any files and zero or more directories and subdirectories."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator which yields the paths matching a pathname pattern (as glob())."""
    audit = getattr(sys, 'audit', None)
    if audit is not None:
        audit("glob.glob", pathname, recursive)
        audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    root = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _walk_pattern(pathname, root, dir_fd, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # The empty first match of a leading '**' (or of an empty pattern) is not a result.
        try:
            first = next(found)
        except StopIteration:
            return iter(())
        if first:
            found = itertools.chain((first,), found)
    return found


def _walk_pattern(pathname, root, dir_fd, recursive, dironly, include_hidden):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        # A plain path: it is a result if it exists (a trailing slash asks for a directory).
        if tail:
            if _lexists(_join(root, pathname), dir_fd):
                yield pathname
        elif _isdir(_join(root, head), dir_fd):
            yield pathname
        return
    if not head:
        yield from _match_in(root, tail, dir_fd, dironly, recursive, include_hidden)
        return
    if head != pathname and has_magic(head):
        parents = _walk_pattern(head, root, dir_fd, recursive, True, include_hidden)
    else:
        parents = [head]
    for parent in parents:
        for name in _match_in(_join(root, parent), tail, dir_fd, dironly, recursive,
                              include_hidden):
            yield os.path.join(parent, name)


def _match_in(directory, pattern, dir_fd, dironly, recursive, include_hidden):
    """The names in directory that pattern (one path component) matches."""
    if not has_magic(pattern):
        return _glob0(directory, pattern, dir_fd, dironly, include_hidden)
    if recursive and _isrecursive(pattern):
        return _glob2(directory, pattern, dir_fd, dironly, include_hidden)
    return _glob1(directory, pattern, dir_fd, dironly, include_hidden)


def _glob1(dirname, pattern, dir_fd, dironly, include_hidden=False):
    names = _listdir(dirname, dir_fd, dironly)
    if not include_hidden and not _ishidden(pattern):
        # A pattern starting with a dot is the only way to match hidden names.
        names = [n for n in names if not _ishidden(n)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dir_fd, dironly, include_hidden=False):
    if basename:
        found = _lexists(_join(dirname, basename), dir_fd)
    else:
        # 'dir/' matches when dir is a directory.
        found = _isdir(dirname, dir_fd)
    return [basename] if found else []


def glob0(dirname, pattern):
    return _glob0(dirname, pattern, None, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, None, False)


def _glob2(dirname, pattern, dir_fd, dironly, include_hidden=False):
    # '**': the directory itself (an empty name), then everything under it.
    yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly, include_hidden)


_dir_open_flags = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)


def _iterdir(dirname, dir_fd, dironly):
    """The names in a directory (only subdirectories with dironly); none if it cannot be
    listed."""
    opened = None
    encode = None
    try:
        if dir_fd is not None:
            if dirname:
                opened = os.open(dirname, _dir_open_flags, dir_fd=dir_fd)
                target = opened
            else:
                target = dir_fd
            if isinstance(dirname, bytes):
                encode = os.fsencode
        elif dirname:
            target = dirname
        else:
            target = bytes(os.curdir, 'ASCII') if isinstance(dirname, bytes) else os.curdir
        try:
            with os.scandir(target) as entries:
                for entry in entries:
                    try:
                        if dironly and not entry.is_dir():
                            continue
                    except OSError:
                        continue
                    yield entry.name if encode is None else encode(entry.name)
        finally:
            if opened is not None:
                os.close(opened)
    except OSError:
        return


def _listdir(dirname, dir_fd, dironly):
    with contextlib.closing(_iterdir(dirname, dir_fd, dironly)) as names:
        return list(names)


def _rlistdir(dirname, dir_fd, dironly, include_hidden=False):
    for name in _listdir(dirname, dir_fd, dironly):
        if not include_hidden and _ishidden(name):
            continue
        yield name
        below = _join(dirname, name) if dirname else name
        for sub in _rlistdir(below, dir_fd, dironly, include_hidden):
            yield _join(name, sub)


def _lexists(pathname, dir_fd):
    if dir_fd is None:
        return os.path.lexists(pathname)
    try:
        os.lstat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname, dir_fd):
    if dir_fd is None:
        return os.path.isdir(pathname)
    try:
        st = os.stat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    checker = magic_check_bytes if isinstance(s, bytes) else magic_check
    return checker.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Escape all special characters.
    """
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        rest = magic_check_bytes.sub(br'[\1]', rest)
    else:
        rest = magic_check.sub(r'[\1]', rest)
    return drive + rest
