# Implicit chaining: an exception raised while another is handled gets it as __context__.
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__, e.__cause__)
def helper():
    raise TypeError("from helper")
try:
    try:
        {}["x"]
    except KeyError:
        helper()
except TypeError as e:
    print(repr(e.__context__))
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as e2:
            print("nested", repr(e2.__context__))
        raise RuntimeError("c")
except RuntimeError as e3:
    print(repr(e3.__context__), e3.__context__.__context__)
try:
    raise ValueError("alone")
except ValueError as e:
    print(e.__context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2) from None
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__)
def after_handler():
    try:
        raise KeyError("done")
    except KeyError:
        pass
    raise ValueError("later")
try:
    after_handler()
except ValueError as e:
    print("after:", e.__context__)
