# Raising things that are not exceptions.
class NotAnError:
    pass
for bad in (5, "text", NotAnError(), NotAnError):
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)
class Maker(Exception):
    def __new__(cls):
        return 42
try:
    raise Maker
except TypeError as e:
    print("TypeError:", e)
