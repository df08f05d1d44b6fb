# Classes and functions that the pickle fixtures refer to by reference. gen.py pickles
# instances of them with python3; the Go tests import this module in gopy to load them.


def func():
    return 1


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


class WithState:
    def __getstate__(self):
        return {'v': 42}

    def __setstate__(self, state):
        self.v = state['v']


class Reduced:
    def __reduce__(self):
        return (Point, (1, 2))


class Nested:
    class Inner:
        pass


class NewArgs:
    def __new__(cls, a, b=0):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs__(self):
        return (self.a, self.b)


class NewArgsEx:
    def __new__(cls, a, *, k=0):
        self = object.__new__(cls)
        self.a, self.k = a, k
        return self

    def __getnewargs_ex__(self):
        return ((self.a,), {'k': self.k})


class Slots:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1


class SlotsDict:
    __slots__ = ('x', '__dict__')

    def __init__(self):
        self.x = 1
        self.z = 2


class SubInt(int):
    pass


class SubStr(str):
    pass


class SubTuple(tuple):
    pass


class SubList(list):
    pass


class SubDict(dict):
    pass


class SubSet(set):
    pass


class SubFrozenSet(frozenset):
    pass


class MyError(Exception):
    pass


class MyOSError(OSError):
    pass


class Registered:
    def __init__(self, v):
        self.v = v


def _reduce_registered(obj):
    return (Registered, (obj.v + 1,))


import copyreg  # noqa: E402
copyreg.pickle(Registered, _reduce_registered)
