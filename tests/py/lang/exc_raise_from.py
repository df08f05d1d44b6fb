# raise X from Y sets __cause__ and __suppress_context__; from None suppresses the context.
class LoadError(Exception):
    pass
def load():
    try:
        raise KeyError("cfg")
    except KeyError as e:
        raise LoadError("cannot load") from e
try:
    load()
except LoadError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    raise LoadError("x") from None
except LoadError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise LoadError("y") from ValueError
except LoadError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError(1)
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
try:
    raise ValueError("v") from 3
except TypeError as err:
    print("TypeError:", err)
