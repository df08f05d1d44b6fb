import sys
import _mod
print(sys.modules["_mod"] is _mod, "_mod" in sys.modules, sys.modules["__main__"].__name__)
_mod.count += 1
import _mod
print(_mod.count)
del sys.modules["_mod"]
import _mod as fresh
print(fresh.count, fresh is _mod)
sys.modules["fake"] = 42
import fake
print(fake)
