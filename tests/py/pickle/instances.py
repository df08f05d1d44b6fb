# Instances of user classes: __dict__ state, __getstate__/__setstate__, __reduce__,
# __getnewargs__, __getnewargs_ex__, slots, copyreg, and classes and functions by reference.
import pickle
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Empty:
    pass


class Stateful:
    def __init__(self):
        self.secret = 'hidden'
        self.value = 3

    def __getstate__(self):
        return {'value': self.value}

    def __setstate__(self, state):
        self.value = state['value'] * 10


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n + 1,))


class WithNewArgs:
    def __new__(cls, a):
        obj = object.__new__(cls)
        obj.a = a
        return obj

    def __getnewargs__(self):
        return (self.a,)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = 2


def helper():
    return 'helper'


p = Point(1, 'two')
for proto in range(6):
    data = pickle.dumps(p, proto)
    back = pickle.loads(data)
    print(proto, data, back == p, back.x, back.y)

for proto in range(6):
    print(proto, pickle.dumps(Empty(), proto))

for proto in range(6):
    s = pickle.loads(pickle.dumps(Stateful(), proto))
    print(proto, s.value, hasattr(s, 'secret'))

for proto in range(6):
    data = pickle.dumps(Reduced(1), proto)
    print(proto, data, pickle.loads(data).n)

for proto in (2, 4):
    data = pickle.dumps(WithNewArgs(5), proto)
    print(proto, data, pickle.loads(data).a)

for proto in (2, 4, 5):
    data = pickle.dumps(Slotted(), proto)
    back = pickle.loads(data)
    print(proto, data, back.a, back.b)

for proto in range(6):
    print(proto, pickle.dumps([Point, helper, pickle.PickleError], proto))
print(pickle.loads(pickle.dumps(helper))())


class Celsius:
    def __init__(self, deg):
        self.deg = deg


def reduce_celsius(c):
    return (Celsius, (c.deg,))


copyreg.pickle(Celsius, reduce_celsius)
data = pickle.dumps(Celsius(21), 2)
print(data, pickle.loads(data).deg)

e = pickle.loads(pickle.dumps(ValueError('bad', 2)))
print(type(e).__name__, e.args)
try:
    raise pickle.loads(pickle.dumps(KeyError('k')))
except KeyError as err:
    print('caught', repr(err))
