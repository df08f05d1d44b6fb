"""Utilities to support packages: iterating over the modules of a path
(iter_modules, walk_packages), reading a package's data files (get_data),
resolving dotted names (resolve_name)."""

import importlib
import importlib.util
import importlib.machinery
import os
import os.path
import sys
from collections import namedtuple
from functools import singledispatch as simplegeneric

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'read_code', 'extend_path',
    'ModuleInfo',
]

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


class FileFinder:
    """The finder of one directory of sys.path (gopy's stand-in for
    importlib.machinery.FileFinder): lists and finds its modules."""

    def __init__(self, path):
        self.path = path or '.'

    def __repr__(self):
        return 'FileFinder(%r)' % (self.path,)

    def find_spec(self, fullname, target=None):
        return importlib.machinery.PathFinder.find_spec(fullname, [self.path])

    def iter_modules(self, prefix=''):
        try:
            names = sorted(os.listdir(self.path))
        except OSError:
            return
        seen = set()
        for entry in names:
            full = os.path.join(self.path, entry)
            ispkg = False
            if entry.endswith('.py') and not os.path.isdir(full):
                name = entry[:-3]
            elif '.' not in entry and os.path.isdir(full):
                if not os.path.isfile(os.path.join(full, '__init__.py')):
                    continue
                name, ispkg = entry, True
            else:
                continue
            if name == '__init__' or name in seen:
                continue
            seen.add(name)
            yield prefix + name, ispkg


def get_importer(path_item):
    """The finder of the sys.path entry path_item (cached in
    sys.path_importer_cache when there is one)."""
    path_item = os.fsdecode(path_item)
    cache = getattr(sys, 'path_importer_cache', _importers)
    if path_item not in cache:
        cache[path_item] = FileFinder(path_item) if os.path.isdir(path_item or '.') else None
    return cache[path_item]


# The finders of get_importer (gopy's sys has no path_importer_cache).
_importers = {}


def iter_importers(fullname=""):
    """The finders fullname would be looked up in: sys.meta_path then the
    finders of sys.path (or of its package's __path__)."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if '.' in fullname:
        package = fullname.rpartition('.')[0]
        path = getattr(importlib.import_module(package), '__path__', None)
        if path is None:
            return
    else:
        yield from getattr(sys, 'meta_path', ())
        path = sys.path
    for item in path:
        finder = get_importer(item)
        if finder is not None:
            yield finder


def _finder_modules(finder, prefix):
    if hasattr(finder, 'iter_modules'):
        return finder.iter_modules(prefix)
    return iter(())


def iter_modules(path=None, prefix=''):
    """ModuleInfo for every top-level module of path (a list of directories;
    None means sys.path), each name once, prefixed with prefix."""
    if path is None:
        finders = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        finders = map(get_importer, path)
    seen = set()
    for finder in finders:
        for name, ispkg in _finder_modules(finder, prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module of path, recursively: each package is
    imported to find its submodules. An ImportError while importing one goes
    to onerror(name) (other exceptions too, when onerror is given)."""
    done = set()
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
            continue
        except Exception:
            if onerror is None:
                raise
            onerror(info.name)
            continue
        subpath = getattr(sys.modules[info.name], '__path__', None) or []
        subpath = [p for p in subpath if p not in done]
        done.update(subpath)
        yield from walk_packages(subpath, info.name + '.', onerror)


def get_data(package, resource):
    """The bytes of the file resource ('/'-separated, relative) beside
    package's __init__, or None when the package has no files."""
    spec = importlib.util.find_spec(package)
    if spec is None:
        return None
    loader = spec.loader
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    where = getattr(module, '__file__', None)
    if not where:
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(where))
    return loader.get_data(os.path.join(*parts))


def get_loader(module_or_name):
    """The loader of a module (or module name)."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        loader = getattr(module_or_name, '__loader__', None)
        if loader is not None:
            return loader
        if getattr(module_or_name, '__spec__', None) is None:
            return None
        fullname = module_or_name.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The loader of the module fullname, found without importing it (its
    parent packages are imported)."""
    if fullname.startswith('.'):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding loader for {!r} ({}: {})"
        raise ImportError(msg.format(fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def read_code(stream):
    import marshal
    if stream.read(4) != importlib.util.MAGIC_NUMBER:
        return None
    stream.read(12)
    return marshal.load(stream)


def extend_path(path, name):
    """Extend a package's __path__ with the directories of the same package
    found on sys.path (and the paths listed in their .pkg files)."""
    if not isinstance(path, list):
        return path
    parts = name.split('.')
    sub, init = os.path.join(*parts), '__init__.py'
    path = list(path)
    for entry in sys.path:
        if not isinstance(entry, str) or not os.path.isdir(entry):
            continue
        candidate = os.path.join(entry, sub)
        if os.path.isdir(candidate) and candidate not in path \
                and os.path.isfile(os.path.join(candidate, init)):
            path.append(candidate)
        pkgfile = os.path.join(entry, parts[-1] + '.pkg')
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except OSError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
                continue
            with f:
                for line in f:
                    line = line.rstrip('\n')
                    if line and not line.startswith('#'):
                        path.append(line)
    return path


_NAME_PATTERN = None


def resolve_name(name):
    """Resolve 'pkg.mod:attr.sub' or 'pkg.mod.attr' to the object it names."""
    global _NAME_PATTERN
    if _NAME_PATTERN is None:
        import re
        dotted = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
        _NAME_PATTERN = re.compile(f'^(?P<pkg>{dotted})(?P<cln>:(?P<obj>{dotted})?)?$', re.UNICODE)
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    groups = m.groupdict()
    if groups.get('cln'):
        obj = importlib.import_module(groups['pkg'])
        attrs = groups.get('obj')
        attrs = attrs.split('.') if attrs else []
    else:
        parts = name.split('.')
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            attempt = modname + '.' + parts[0]
            try:
                obj = importlib.import_module(attempt)
            except ImportError:
                break
            parts.pop(0)
            modname = attempt
        attrs = parts
    for attr in attrs:
        obj = getattr(obj, attr)
    return obj
