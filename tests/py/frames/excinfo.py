# sys.exc_info and traceback objects: tb_frame, tb_next, tb_lineno, tb_lasti.
import sys


def fail():
    raise KeyError("k")


def middle():
    fail()


print(sys.exc_info())
try:
    middle()
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is v.__traceback__)
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb.tb_lasti).__name__))
        tb = tb.tb_next
    print(lines)
print(sys.exc_info())


def nested():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())


nested()

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame is sys._getframe(), tb.tb_next)
    tb.tb_next = None
    try:
        tb.tb_next = 3
    except TypeError as err:
        print("TypeError:", err)
    try:
        tb.tb_next = tb
    except ValueError as err:
        print("ValueError:", err)
    print(repr(tb).startswith("<traceback object at 0x"))
