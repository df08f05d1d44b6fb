"""Locate and run Python code through the module namespace (run_module) or
the file system (run_path), as the -m switch and script arguments do."""

import sys
import os
import importlib.util
import importlib.machinery
from types import ModuleType

__all__ = ["run_module", "run_path"]


class _Error(Exception):
    """Error that _run_module_as_main() should report without a traceback"""


def _exec_in(code, run_globals, init_globals, mod_name, fname=None, loader=None,
             pkg_name=None, spec=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    cached = None
    if spec is not None:
        loader = spec.loader
        fname = spec.origin
        cached = spec.cached
        if pkg_name is None:
            pkg_name = spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached,
                       __doc__=None, __loader__=loader, __package__=pkg_name,
                       __spec__=spec)
    exec(code, run_globals)
    return run_globals


class _SysSwap:
    # Makes the code's module sys.modules[name] and sys.argv[0] its file
    # while it runs.

    def __init__(self, name, fname):
        self.name = name
        self.fname = fname
        self.module = ModuleType(name)

    def __enter__(self):
        self.saved_argv0 = sys.argv[0]
        self.saved_module = sys.modules.get(self.name, self)
        sys.argv[0] = self.fname
        sys.modules[self.name] = self.module
        return self

    def __exit__(self, *exc):
        sys.argv[0] = self.saved_argv0
        if self.saved_module is self:
            del sys.modules[self.name]
        else:
            sys.modules[self.name] = self.saved_module


def _code_of(spec, mod_name, error):
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    fname = spec.origin
    source = None
    if isinstance(loader, importlib.machinery.SourceFileLoader) or hasattr(loader, 'get_source'):
        try:
            source = loader.get_source(mod_name)
        except (ImportError, TypeError):
            source = None
    if source is None or not fname or not os.path.isfile(fname):
        raise error("No code object available for %s" % mod_name)
    return compile(source, fname, 'exec')


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name = mod_name.rpartition(".")[0]
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and getattr(existing, "__path__", None) is None:
            from warnings import warn
            warn(RuntimeWarning(
                "{name!r} found in sys.modules after import of package {pkg!r}, but "
                "prior to execution of {name!r}; this may result in unpredictable "
                "behaviour".format(name=mod_name, pkg=pkg_name)))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (AttributeError, ImportError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:  # a package
        if mod_name.rpartition(".")[2] == "__main__":
            raise error("Cannot use package as __main__ module")
        main_name = mod_name + ".__main__"
        try:
            return _get_module_details(main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot be directly executed"
                         % (e, mod_name)))
    return mod_name, spec, _code_of(spec, mod_name, error)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run the module mod_name (a package's __main__) as run_name (default
    mod_name) in a fresh namespace, and return that namespace."""
    mod_name, spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if not alter_sys:
        return _exec_in(code, {}, init_globals, run_name, spec=spec)
    with _SysSwap(run_name, spec.origin) as swap:
        namespace = swap.module.__dict__
        _exec_in(code, namespace, init_globals, run_name, spec=spec)
        return namespace.copy()


def run_path(path_name, init_globals=None, run_name=None):
    """Run the file path_name (or the __main__ module of the directory
    path_name) as run_name (default '<run_path>') and return its namespace."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    path_name = os.fspath(path_name)
    if not os.path.isdir(path_name):
        with open(path_name, 'rb') as f:
            code = compile(f.read(), path_name, 'exec')
        return _exec_in(code, {}, init_globals, run_name, fname=path_name,
                        pkg_name=pkg_name)
    sys.path.insert(0, path_name)
    try:
        saved = sys.modules.pop("__main__", None)
        try:
            mod_name, spec, code = _get_module_details("__main__", _Error)
        except _Error as e:
            raise ImportError("can't find '__main__' module in %r" % path_name) from None
        finally:
            if saved is not None:
                sys.modules["__main__"] = saved
        with _SysSwap(run_name, path_name) as swap:
            namespace = swap.module.__dict__
            _exec_in(code, namespace, init_globals, run_name, pkg_name=pkg_name, spec=spec)
            return namespace.copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
