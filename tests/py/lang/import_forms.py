from __future__ import annotations
import os
import os as operating_system
from os import sep, getcwd as cwd

print(os is operating_system, sep, callable(cwd))

def local_import():
    import sys as system
    from os import getcwd
    return system.__name__, callable(getcwd)

print(local_import())
