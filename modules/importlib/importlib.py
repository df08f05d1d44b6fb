"""gopy's importlib: import_module and the helpers of the Go import system, reload,
invalidate_caches; importlib.machinery and importlib.util describe it in CPython's terms."""

import sys as _sys


def invalidate_caches():
    """Nothing to do: gopy's finders keep no caches."""


def reload(module):
    """Run module's code again in its own namespace; return sys.modules' entry for it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if not isinstance(module, type(_sys)):
        raise TypeError("reload() argument must be a module")
    if _sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent = name.rpartition('.')[0]
    path = None
    if parent:
        try:
            path = _sys.modules[parent].__path__
        except KeyError:
            raise ImportError(f"parent {parent!r} not in sys.modules", name=parent) from None
        except AttributeError:
            path = None
    import importlib.machinery as machinery
    if _is_registered(name):
        _reinit(module)
        return _sys.modules[name]
    spec = machinery.PathFinder.find_spec(name, path)
    if spec is None:
        raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.has_location:
        module.__file__ = spec.origin
    spec.loader.exec_module(module)
    return _sys.modules[name]
