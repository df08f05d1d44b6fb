try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    import _mod.sub
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    from _mod import nothing
except ImportError as e:
    print("ImportError", str(e).split(" (")[0], str(e).endswith("_mod.py)"))
import no_such_thing_at_all
