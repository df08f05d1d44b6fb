# BaseException.add_note and __notes__: adding, printing, copies in split groups.
import traceback
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second\nmultiline")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print(x)
f = KeyError("k")
f.__notes__ = "not a list"
try:
    f.add_note("x")
except TypeError as x:
    print(x)
print("".join(traceback.format_exception_only(e)), end="")
eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
eg.add_note("group note")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
try:
    raise eg
except ExceptionGroup as x:
    print("".join(traceback.format_exception(x)).replace(__file__, "F"))
g = ValueError("odd notes")
g.__notes__ = ["a", 42]
print("".join(traceback.format_exception_only(g)), end="")
print(len(traceback.format_exception_only(e)))
raise e
