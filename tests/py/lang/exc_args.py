# str(), repr() and args of builtin exceptions with 0, 1 and 2+ arguments.
for cls in (Exception, ValueError, RuntimeError, TypeError, IndexError):
    for args in ((), ("one",), (1, 2), (None,)):
        e = cls(*args)
        print(cls.__name__, repr(str(e)), repr(e), e.args == args)
e = ValueError("x")
e.args = ("y", "z")
print(str(e), e.args == ("y", "z"))
print(str(Exception([1, 2])), repr(Exception("it's")))
try:
    raise IndexError()
except IndexError as e:
    print("[" + str(e) + "]")
