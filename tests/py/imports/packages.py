import _pkg.sub
print(_pkg.sub.Y, _pkg.X)
from _pkg.sub import helper
print(helper.Z, helper.__name__)
from _pkg import sub
print(sub is _pkg.sub, sub.__package__, _pkg.__package__)
import _pkg.sub.helper as h
print(h is helper)
import _mod, _mod
print(_mod.V)
