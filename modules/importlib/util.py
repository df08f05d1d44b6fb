"""Helpers for programs that find and load modules themselves."""

import sys
import importlib
from importlib.machinery import ModuleSpec, SourceFileLoader, BuiltinImporter, FrozenImporter, PathFinder

__all__ = ['MAGIC_NUMBER', 'cache_from_source', 'decode_source', 'find_spec',
           'module_from_spec', 'resolve_name', 'source_from_cache',
           'spec_from_file_location', 'spec_from_loader']

# CPython 3.11's bytecode magic (3495), which pyc file names and headers carry.
MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'

_CACHE_TAG = 'cpython-311'
_ASK_LOADER = object()


def resolve_name(name, package):
    """The absolute name of name (possibly relative) seen from package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    dots = len(name) - len(name.lstrip('.'))
    parts = package.rsplit('.', dots - 1)
    if len(parts) < dots:
        raise ImportError('attempted relative import beyond top-level package')
    base = parts[0]
    rest = name[dots:]
    return '%s.%s' % (base, rest) if rest else base


def decode_source(source_bytes):
    """Source bytes as text, with their coding declaration and universal newlines."""
    import io
    text = importlib._decode_source(bytes(source_bytes))
    return io.StringIO(text, newline=None).read()


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path CPython would cache path's bytecode under."""
    import os
    head, tail = os.path.split(os.fspath(path))
    base, _, _ = tail.rpartition('.')
    almost = '%s.%s' % (base or tail, _CACHE_TAG)
    if optimization:
        almost += '.opt-%s' % optimization
    return os.path.join(head, '__pycache__', almost + BYTECODE_SUFFIX)


BYTECODE_SUFFIX = '.pyc'


def source_from_cache(path):
    """The source path of a .pyc path made by cache_from_source."""
    import os
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError('__pycache__ not bottom-level directory in %r' % path)
    dots = pycache_filename.count('.')
    if dots not in (2, 3):
        raise ValueError('expected only 2 or 3 dots in %r' % pycache_filename)
    base = pycache_filename.partition('.')[0]
    return os.path.join(head, base + '.py')


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A ModuleSpec for loader (asking it whether the module is a package)."""
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)  # gopy's own importers say it
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    if hasattr(loader, 'get_filename') and origin is None:
        try:
            location = loader.get_filename(name)
        except ImportError:
            location = None
        return spec_from_file_location(name, location, loader=loader)
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_ASK_LOADER):
    """A ModuleSpec for the module in file location (a source file loader by default)."""
    locations_given = submodule_search_locations
    import os
    if location is None:
        location = '<unknown>'
    else:
        location = os.fspath(location)
    if loader is None:
        if not any(location.endswith(s) for s in importlib.machinery.SOURCE_SUFFIXES):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if locations_given is _ASK_LOADER:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = [os.path.dirname(location)]
    else:
        spec.submodule_search_locations = locations_given
    return spec


def module_from_spec(spec):
    """A new module set up from spec (its loader may make it), not yet executed."""
    module = None
    create = getattr(spec.loader, 'create_module', None)
    if create is not None:
        module = create(spec)
    elif getattr(spec.loader, 'exec_module', None) is not None:
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    locations = spec.submodule_search_locations
    if locations is not None:
        module.__path__ = locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
    return module


def _spec_of_module(name, module):
    try:
        spec = module.__spec__
    except AttributeError:
        spec = _spec_for_loaded(name, module)
        if spec is None:
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def _spec_for_loaded(name, module):
    """A spec for a module gopy imported without one (a module built into the binary)."""
    if importlib._is_registered(name):
        finder = FrozenImporter if importlib._is_python_source(name) else BuiltinImporter
        return finder.find_spec(name)
    return None


def find_spec(name, package=None):
    """The spec of module name: its own if imported, else what the finders find, or None."""
    full = resolve_name(name, package) if name.startswith('.') else name
    if full in sys.modules:
        module = sys.modules[full]
        if module is None:
            return None
        return _spec_of_module(full, module)
    parent, _, _ = full.rpartition('.')
    path = None
    if parent:
        holder = importlib.import_module(parent)
        try:
            path = holder.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {full!r}",
                name=full) from e
    for finder in (BuiltinImporter, PathFinder):
        spec = finder.find_spec(full, path)
        if spec is not None:
            if finder is BuiltinImporter and importlib._is_python_source(full):
                spec = FrozenImporter.find_spec(full)
            return spec
    return None
