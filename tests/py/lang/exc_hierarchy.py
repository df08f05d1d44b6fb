# The builtin exception classes: metaclass, bases, and catching by base class.
print(type(ValueError) is type, type(Exception) is type, type(BaseException) is type)
print(ValueError.__bases__ == (Exception,), [c.__name__ for c in FileNotFoundError.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(isinstance(ValueError("x"), Exception), isinstance(SystemExit(), Exception))
errors = []
for exc in (ZeroDivisionError, IndexError, KeyError, UnicodeError, NotImplementedError):
    try:
        raise exc("boom")
    except ArithmeticError:
        errors.append("arith")
    except LookupError:
        errors.append("lookup")
    except ValueError:
        errors.append("value")
    except RuntimeError:
        errors.append("runtime")
print(errors)
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("deep")
    except Exception:
        print("wrong")
except BaseException as e:
    print("BaseException caught", e)
