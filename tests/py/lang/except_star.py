# except*: matching, splitting, re-raising and what the statement ends with.
import sys, traceback
def t(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("out:", type(e).__name__, repr(e))
        c = e.__context__
        print("   context:", repr(c), "cause:", repr(e.__cause__))

def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("got", repr(e), type(e).__name__, repr(sys.exc_info()[1]))
    except* TypeError as e:
        print("got", repr(e))
t(a)
def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
t(b)
def c():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked got", repr(e))
t(c)
def d():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
t(d)
def e():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
t(e)
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
t(f)
def g():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("no")
t(g)
def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, TypeError) as e:
        print("tuple got", repr(e))
    else:
        print("else")
    finally:
        print("finally")
t(h)
def i():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else ran")
t(i)
def j():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 1:
        pass
t(j)
def k():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
t(k)
def l():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(1)
    except* TypeError:
        raise KeyError(2)
t(l)
def m():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("nested", [TypeError(2), ValueError(3)])])
    except* TypeError:
        raise
t(m)
def n():
    for x in range(2):
        try:
            raise ValueError(x)
        except* ValueError:
            for y in range(3):
                if y == 1: break
            print("loop", x, y)
t(n)
def o():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise e
t(o)
