import importlib
m = importlib.import_module("_pkg.sub")
print(m.Y)
print(importlib.import_module(".helper", "_pkg.sub").Z)
from . import x
