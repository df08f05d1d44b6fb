# __builtins__ is the builtins module in __main__ and its dict in an imported module (gpython
# had no __builtins__ at all outside exec).
import builtins
import _builtins_probe

print(type(__builtins__).__name__, __builtins__ is builtins, "__builtins__" in globals())
print(_builtins_probe.kind, _builtins_probe.is_dict)
print(__builtins__.len("abc"), __builtins__.__name__)


def inner():
    return __builtins__


print(inner() is builtins)
