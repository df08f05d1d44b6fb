# How exception groups are reported: traceback.format_exception and the uncaught report.
import traceback


def raiser():
    raise ExceptionGroup("inner", [ValueError(1), KeyError("k")])


def handler():
    try:
        raiser()
    except* ValueError:
        raise TypeError("replaced")


def show(f):
    try:
        f()
    except BaseException as e:
        text = "".join(traceback.format_exception(e))
        print(text.replace(__file__, "FILE"))


show(handler)


def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])


show(wide)


def chained():
    try:
        raise OSError("first")
    except OSError as e:
        raise ExceptionGroup("chained", [RuntimeError("a"), ExceptionGroup("nested", [ZeroDivisionError("z")])]) from e


show(chained)


def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup("level %d" % n, [deep(n - 1)])


def too_deep():
    raise deep(12)


show(too_deep)
print(traceback.format_exception_only(ExceptionGroup("only", [ValueError()])))
raise BaseExceptionGroup("uncaught", [KeyboardInterrupt(), ValueError("v")])
