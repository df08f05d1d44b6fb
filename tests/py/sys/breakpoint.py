# breakpoint() calls sys.breakpointhook, which calls what $PYTHONBREAKPOINT names ("0":
# nothing); a name that cannot be imported is ignored with a RuntimeWarning.
import os
import sys
import warnings

os.environ["PYTHONBREAKPOINT"] = "builtins.print"
breakpoint("hook", "called", sep="-")
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "no_such_module.func"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(breakpoint())
print([str(x.message) for x in w], [x.category.__name__ for x in w])
sys.breakpointhook = lambda *a, **k: ("mine", a, k)
print(breakpoint(1, x=2))
print(sys.__breakpointhook__ is not sys.breakpointhook)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
