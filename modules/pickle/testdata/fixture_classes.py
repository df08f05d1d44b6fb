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
