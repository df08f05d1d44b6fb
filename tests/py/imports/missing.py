try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    import _mod.sub
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
from _mod import nothing
