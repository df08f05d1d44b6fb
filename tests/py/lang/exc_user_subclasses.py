# User exception subclasses of every kind: raised, caught by base classes, attributes, __str__,
# __init__/__new__ overrides, args, repr, chaining.
class AppError(Exception):
    def __init__(self, code, msg="x"):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"AppError[{self.code}]"
class NotFound(AppError, KeyError): pass
for cls in (ValueError, KeyError, OSError, RuntimeError, LookupError, ArithmeticError, TypeError, StopIteration, ImportError, UnicodeError):
    class Mine(cls):
        pass
    try:
        raise Mine("boom", 2)
    except cls as e:
        print(cls.__name__, type(e).__name__, e.args, str(e), repr(e))
try:
    raise NotFound(404)
except KeyError as e:
    print("caught by KeyError", e, e.code, e.args, repr(e), isinstance(e, AppError))
for e in [Exception(), Exception("a"), Exception("a", 1), KeyError(), KeyError("k"), KeyError("k", 2), OSError(2, "No such"), OSError(2, "No such", "f.txt"), StopIteration(5), SystemExit(3), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(OSError(2, "x").errno, OSError(2, "x").strerror, type(OSError(2, "x")).__name__, StopIteration(5).value, SystemExit(3).code)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__, repr(v.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as r:
    print(repr(r.__context__), r.__cause__, r.__suppress_context__)
try:
    raise ValueError("no ctx") from None
except ValueError as v:
    print(v.__cause__, v.__suppress_context__)
e = ValueError("m")
e.extra = 5
print(e.extra, e.__dict__)
class WithNew(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.tag = "new"
        return o
print(WithNew(1).tag, WithNew(1).args)
class NoArgsInit(Exception):
    def __init__(self):
        pass
print(repr(NoArgsInit()), str(NoArgsInit()), NoArgsInit().args)
print(issubclass(NotFound, LookupError), NotFound.__mro__)
e = Exception("x")
print(e.with_traceback(None) is e, e.__traceback__)
print(isinstance(KeyboardInterrupt(), Exception), issubclass(GeneratorExit, BaseException))
