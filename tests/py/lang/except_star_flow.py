# except*: module and class level, nesting, generators, splitting, chaining.
import sys
try:
    raise ExceptionGroup("module level", [ValueError(1), KeyError(2)])
except* ValueError as e:
    print("module V", repr(e))
except* KeyError as e:
    print("module K", repr(e), repr(sys.exc_info()[1]))
print(sorted(k for k in globals() if k.startswith(".")))


class C:
    try:
        raise ValueError("in class")
    except* ValueError as e:
        caught = repr(e)


print(C.caught, "e" in C.__dict__)


def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2), OSError(3)])
        except* ValueError:
            try:
                1 / 0
            except ZeroDivisionError:
                print("inner bare raise target:", repr(sys.exc_info()[1]))
            print("after inner, handling", repr(sys.exc_info()[1]))
        except* TypeError as t:
            try:
                raise
            except* TypeError as again:
                print("re-caught", repr(again))
    except* OSError as o:
        print("outer caught", repr(o))
    print("exc_info after", sys.exc_info())


nested()


def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        for x in e.exceptions:
            yield x.args[0]
    finally:
        yield "finally"


print(list(gen()))


def deep():
    eg = ExceptionGroup("top", [ExceptionGroup("a", [ValueError(1), TypeError(2)]), ExceptionGroup("b", [ValueError(3)])])
    try:
        raise eg
    except* ValueError as v:
        print("V part", repr(v))
        print("tb kept", v.__traceback__ is eg.__traceback__)
        print("leaves", [repr(x) for x in v.exceptions])
    except* TypeError as t:
        print("T part", repr(t))


deep()


def predicate_types():
    class MyErr(Exception):
        pass
    try:
        raise ExceptionGroup("x", [MyErr("m"), ValueError("v")])
    except* MyErr as m:
        print("MyErr", repr(m))
    except* Exception as rest:
        print("rest", repr(rest))


predicate_types()


def raise_from():
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("k") from e


try:
    raise_from()
except KeyError as k:
    print("single raised exception escapes bare:", repr(k), repr(k.__cause__))


def unmatched_naked():
    try:
        raise KeyError("plain")
    except* ValueError:
        pass
    except* TypeError:
        pass


try:
    unmatched_naked()
except KeyError as k:
    print("plain KeyError escapes", repr(k))


def with_else_finally():
    for i in range(2):
        try:
            if i:
                raise ExceptionGroup("x", [ValueError(i)])
        except* ValueError:
            print("handled", i)
        else:
            print("else", i)
        finally:
            print("finally", i)


with_else_finally()
