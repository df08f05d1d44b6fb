# iter(callable, sentinel) takes any callable (gpython's took Python functions only), compares
# with ==, stops for good at the sentinel or StopIteration; callable() on every kind of object.
import collections
import functools
import itertools
import operator
import threading


class A:
    def m(self):
        return 1

    @classmethod
    def c(cls):
        return 2

    @staticmethod
    def s():
        return 3


class WithCall:
    def __call__(self):
        return 4


class Counter:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        return self.n


a = A()
kinds = [
    ("bound method", a.m), ("classmethod", A.c), ("staticmethod via class", A.s),
    ("function", A.m), ("lambda", lambda: 0), ("builtin", len), ("class", A),
    ("type", type), ("int", int), ("instance with __call__", WithCall()), ("plain instance", a),
    ("object()", object()), ("partial", functools.partial(len)), ("str.upper", str.upper),
    ("'x'.upper", "x".upper), ("[].append", [].append), ("dict.fromkeys", dict.fromkeys),
    ("{}.get", {}.get), ("deque().append", collections.deque().append),
    ("Lock().acquire", threading.Lock().acquire), ("Event().set", threading.Event().set),
    ("itemgetter", operator.itemgetter(0)), ("count()", itertools.count()),
    ("int.__add__", int.__add__), ("(1).__add__", (1).__add__), ("1", 1), ("None", None),
    ("'s'", "s"), ("property()", property()), ("classmethod object", A.__dict__["c"]),
]
for name, obj in kinds:
    print(name, callable(obj))

print(list(iter(iter([1, 2, 3, None, 5]).__next__, None)))
print(list(iter([5, 4, 3, 2, 1].pop, 3)))
print(list(iter(Counter().next, 4)))
print(list(iter(iter([1, 2, 3.0, 4]).__next__, 3)))   # == not identity: 3.0 ends it
print(list(iter(functools.partial(next, iter("abc"), ""), "")))
print(list(iter(iter([[1], [], [2]]).__next__, [])))

calls = []


def once_then_sentinel():
    calls.append(1)
    return None if len(calls) > 1 else "x"


it = iter(once_then_sentinel, None)
print(list(it), list(it), len(calls))  # exhausted: never called again


def stops():
    raise StopIteration


print(list(iter(stops, 0)))
print(type(iter(len, 0)).__name__, list(iter(b"ab")), list(iter(bytearray(b"c"))))

for args in [(), (1, 2, 3), (1,), (1, 2)]:
    try:
        iter(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    iter([], x=1)
except TypeError as e:
    print("TypeError:", e)
