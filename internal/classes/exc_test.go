package classes

import "testing"

func TestUserExceptions(t *testing.T) {
	check(t, `
class AppError(Exception):
    pass
class BadValue(AppError, ValueError):
    def __init__(self, msg, code):
        super(BadValue, self).__init__(msg)
        self.code = code
    def __str__(self):
        return "bad value (code %d)" % self.code
try:
    raise BadValue("x", 7)
except ValueError as e:
    print("caught as ValueError:", e, e.code, e.args == ("x",), type(e).__name__, isinstance(e, AppError))
try:
    raise AppError
except AppError as e:
    print("class raised:", repr(e), e.args)
try:
    raise AppError("a", 2)
except Exception as e:
    print(str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError(1, 2)), repr(KeyError("k")), str(KeyError("k")))
try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise RuntimeError("x") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError("v") from 3
except TypeError as e:
    print(e)
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
print(SystemExit(3).code, StopIteration(4).value, type(ValueError) is type, issubclass(BadValue, (KeyError, AppError)))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), [WithRepr()])
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
`, `caught as ValueError: bad value (code 7) 7 True BadValue True
class raised: AppError() ()
('a', 2) AppError('a', 2)
 ValueError() (1, 2) KeyError('k') 'k'
KeyError('inner') True
None True
exceptions must derive from BaseException
exception causes must derive from BaseException
FileNotFoundError 2 No such file f.txt (2, 'No such file') [Errno 2] No such file: 'f.txt'
3 4 True True
WithRepr! [WithRepr!]
ValueError() takes no keyword arguments
`)
}
