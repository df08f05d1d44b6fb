# warnings.warn: categories, stacklevel, the once-per-location registry, filters and their
# actions, warn_explicit, the text showwarning writes (with the source line) and the
# default filters of 3.11. Output goes to stdout so that the golden records all of it.
import os
import sys
import warnings


class Out:
    # Writes to stdout without this directory's path, which depends on the machine.
    def write(self, s):
        sys.stdout.write(s.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, ""))

    def flush(self):
        sys.stdout.flush()


sys.stderr = Out()
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)


def helper(stacklevel):
    warnings.warn("from helper", stacklevel=stacklevel)


def caller():
    helper(2)


warnings.warn("plain")
warnings.warn("plain")          # same text, another line: shown again
for i in range(3):
    warnings.warn("in a loop")  # the same line: shown once
warnings.warn("a runtime warning", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
helper(1)
caller()
helper(3)
helper(99)
warnings.warn("deprecated here", DeprecationWarning)   # shown: __main__
warnings.warn("pending", PendingDeprecationWarning)    # ignored by default
print(sorted(k for k in __warningregistry__ if k != 'version')[:3])

try:
    warnings.warn("bad", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)

warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", repr(e))
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once only")
warnings.warn("once only")
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("module once")
warnings.warn("module once")
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
warnings.filterwarnings("error", message="Boom", category=UserWarning)
warnings.warn("skip me")
warnings.warn("skipping too")
try:
    warnings.warn("boom, case-insensitive")
except UserWarning as e:
    print("raised:", e)
warnings.filterwarnings("ignore", module="__main__")
warnings.warn("ignored: module matches")
warnings.resetwarnings()
warnings.filterwarnings("ignore", lineno=80)
print(warnings.filters)

for bad in [lambda: warnings.simplefilter("bogus"),
            lambda: warnings.filterwarnings("ignore", message=3),
            lambda: warnings.filterwarnings("ignore", category=3),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", lineno=-1)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)

warnings.resetwarnings()
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, module="m", registry={})
reg = {}
warnings.warn_explicit("with registry", UserWarning, "x.py", 3, registry=reg)
warnings.warn_explicit("with registry", UserWarning, "x.py", 3, registry=reg)
print(sorted(k for k in reg if k != 'version'))
print(warnings.formatwarning("msg", UserWarning, "f.py", 7, "  the line  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "f.py", 7), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "warn.py", 31)))
warnings.showwarning("shown", UserWarning, "g.py", 1, sys.stdout, "line text")
warnings.showwarning("shown", UserWarning, "g.py", 1)


def my_show(message, category, filename, lineno, file=None, line=None):
    print("my_show:", message, category.__name__, filename.endswith("warn.py"), lineno, line)


warnings.showwarning = my_show
warnings.warn("through my_show")
warnings.showwarning = warnings._showwarning_orig


def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s %s\n" % (category.__name__, message)


warnings.formatwarning = my_format
warnings.warn("through my_format")
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 1)))
