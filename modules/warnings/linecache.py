"""The lines of source files, read once and kept, for tracebacks and warnings.

A relative file name not found as given is looked for along sys.path.
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or a 1-tuple (a loader function) for a lazy
# entry that has not been read yet.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of the file, with its newline; '' when there is none."""
    all_lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(all_lines):
        return all_lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of the file, read now unless they are cached already."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        lines = updatecache(filename, module_globals)
        return lines
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Forget the cached files (or just filename) that changed on disk since read."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue  # lazy, or not from a file: nothing to compare
        size, mtime = entry[0], entry[1]
        try:
            st = os.stat(entry[3])
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _read(path):
    with open(path, 'rb') as f:
        data = f.read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError:
        text = data.decode('latin-1')
    return _split(text)


def _split(text):
    # The lines with their ends; a last line without one gets one.
    lines = text.splitlines(True)
    if lines and lines[-1][-1:] != '\n':
        lines[-1] = lines[-1] + '\n'
    return lines


def _pseudo(filename):
    # '' or a name such as '<string>' or '<stdin>': nothing to read.
    return not filename or (filename[:1] == '<' and filename[-1:] == '>')


def updatecache(filename, module_globals=None):
    """Read the file again into the cache and return its lines ([] if unreadable)."""
    entry = cache.pop(filename, None)
    if _pseudo(filename):
        return []
    if entry is not None and len(entry) == 1:
        try:
            data = entry[0]()
        except (ImportError, OSError):
            data = None
        if data is not None:
            lines = _split(data)
            cache[filename] = (len(data), None, lines, filename)
            return lines
    candidates = [filename]
    if not os.path.isabs(filename):
        for d in sys.path:
            if isinstance(d, str):
                candidates.append(os.path.join(d, filename))
    for path in candidates:
        try:
            st = os.stat(path)
        except (OSError, ValueError):
            continue
        try:
            lines = _read(path)
        except (OSError, UnicodeError):
            return []
        cache[filename] = (st.st_size, st.st_mtime, lines, path)
        return lines
    return []


def lazycache(filename, module_globals):
    """Note that the lines of filename can be had from the __loader__ in module_globals
    when first asked for; True if that was noted (a loader with get_source, a real file
    name, nothing cached yet)."""
    if filename in cache and len(cache[filename]) != 1:
        return False
    if _pseudo(filename):
        return False
    if not module_globals:
        return False
    loader = module_globals.get('__loader__')
    name = module_globals.get('__name__')
    source_of = getattr(loader, 'get_source', None)
    if not name or source_of is None:
        return False
    cache[filename] = (lambda: source_of(name),)
    return True
