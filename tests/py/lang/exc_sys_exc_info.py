# sys.exc_info() and sys.exception() follow the exception being handled.
import sys
print(sys.exc_info(), sys.exception())
class AppError(Exception):
    pass
try:
    raise AppError("x")
except AppError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError(1)
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def handler():
    return sys.exc_info()[1]
try:
    raise ValueError("in call")
except ValueError:
    print(repr(handler()))
