"""What finds and loads modules: module specs, the source file loader and the finders.

gopy's import statement is Go (the importlib package); these classes describe what it
does in CPython's terms, for programs that load modules themselves
(importlib.util.spec_from_file_location, module_from_spec, exec_module) and that read
a module's __spec__ or __loader__.
"""

import importlib as _importlib
import sys as _sys

__all__ = ['ModuleSpec', 'SourceFileLoader', 'BuiltinImporter', 'FrozenImporter',
           'PathFinder', 'SOURCE_SUFFIXES', 'BYTECODE_SUFFIXES', 'EXTENSION_SUFFIXES',
           'DEBUG_BYTECODE_SUFFIXES', 'OPTIMIZED_BYTECODE_SUFFIXES', 'all_suffixes']

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES
EXTENSION_SUFFIXES = []  # gopy loads no C extensions


def all_suffixes():
    """The file suffixes modules are found under."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """How a module is found and loaded: its name, loader, origin and, for a package,
    where its submodules are searched."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        fields = ['name=%r' % self.name, 'loader=%r' % self.loader]
        if self.origin is not None:
            fields.append('origin=%r' % self.origin)
        if self.submodule_search_locations is not None:
            fields.append('submodule_search_locations=%s' % self.submodule_search_locations)
        return '%s(%s)' % (type(self).__name__, ', '.join(fields))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        mine = (self.name, self.loader, self.origin, self.cached,
                self.submodule_search_locations, self.has_location)
        theirs = (other.name, other.loader, other.origin, other.cached,
                  other.submodule_search_locations, other.has_location)
        return mine == theirs

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                from importlib.util import cache_from_source
                self._cached = cache_from_source(self.origin)
        return self._cached

    @cached.setter
    def cached(self, value):
        self._cached = value

    @property
    def parent(self):
        """The package the module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, name=None):
        from importlib.util import decode_source
        return decode_source(self.get_data(self.path))

    def is_package(self, name=None):
        stem = self.path.rpartition('/')[2].rpartition('.')[0]
        return stem == '__init__'

    def path_stats(self, path):
        import os
        st = os.stat(path)
        return {'mtime': st.st_mtime, 'size': st.st_size}

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        """Run the file's code in module's namespace."""
        _importlib._exec_file(module, self.path)

    def load_module(self, fullname=None):
        from importlib.util import spec_from_file_location, module_from_spec
        name = self.name if fullname is None else fullname
        if name in _sys.modules:
            module = _sys.modules[name]
        else:
            module = module_from_spec(spec_from_file_location(name, self.path, loader=self))
            _sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            _sys.modules.pop(name, None)
            raise
        return _sys.modules[name]


class _RegisteredImporter:
    """Finds the modules built into the gopy binary."""

    _ORIGIN = 'built-in'

    def __init__(self):
        raise TypeError("cannot create '%s' instances" % type(self).__name__)

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not _importlib._is_registered(fullname):
            return None
        return ModuleSpec(fullname, cls, origin=cls._ORIGIN)

    @classmethod
    def create_module(cls, spec):
        return None

    @classmethod
    def exec_module(cls, module):
        _importlib._reinit(module)

    @classmethod
    def is_package(cls, fullname):
        return False


class BuiltinImporter(_RegisteredImporter):
    """Finds the modules written in Go (here: every module built into gopy but those in Python)."""


class FrozenImporter(_RegisteredImporter):
    """Finds the library modules gopy keeps as embedded Python source."""

    _ORIGIN = 'frozen'


class PathFinder:
    """Finds source modules and packages on sys.path or a package's __path__."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        found = _importlib._find_file(fullname.rpartition('.')[2],
                                      _sys.path if path is None else list(path))
        if found is None:
            return None
        from importlib.util import spec_from_file_location
        file, package_dir = found
        locations = [package_dir] if package_dir else None
        return spec_from_file_location(fullname, file, submodule_search_locations=locations)

    @classmethod
    def invalidate_caches(cls):
        pass
