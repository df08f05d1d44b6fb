# The names, reprs and modules of builtin types and objects, as CPython prints them (also in
# pickling errors): object(), map (gpython's was a filter), _thread.lock, NotImplemented,
# Ellipsis, generators, and the default repr of objects without a __repr__.
import _thread
import threading


def addr_free(s):
    while " at 0x" in s:
        i = s.index(" at 0x") + 6
        j = i
        while j < len(s) and s[j] in "0123456789abcdef":
            j += 1
        s = s[:i - 2] + "ADDR" + s[j:]
    return s


def gen():
    yield 1


o = object()
objs = [o, map(len, []), filter(None, []), zip(), enumerate([]), gen(), (x for x in []),
        threading.Lock(), threading.RLock(), _thread.allocate_lock(), NotImplemented, Ellipsis]
for x in objs:
    t = type(x)
    print(repr(t), t.__name__, t.__qualname__, t.__module__, "|", addr_free(repr(x)), "|", addr_free(str(x)))

print(callable(o), o == o, o != object(), hash(o) == hash(o), object.__new__(object).__class__)
for bad in [lambda: object(1), lambda: object(x=1), lambda: setattr(o, "x", 1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

m = map(lambda a, b: a + b, [1, 2, 3], (10, 20))
print(isinstance(m, map), isinstance(m, filter), list(m), list(map(str, b"ab")))
for bad in [lambda: map(len), lambda: map(len, [], x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class M(map):
    pass


class E(enumerate):
    pass


class R(reversed):
    pass


class F(filter):
    pass


class Z(zip):
    pass


print(list(M(str, [1, 2])), list(E("ab", 1)), list(R([1, 2])), list(F(None, [0, 1])), list(Z([1], [2])))
print(isinstance(NotImplemented, Exception), type(...).__name__, type(NotImplemented).__name__)
try:
    raise NotImplemented
except TypeError as e:
    print("TypeError", e)

import pickle
for x in [threading.Lock(), threading.RLock()]:
    try:
        pickle.dumps(x)
    except TypeError as e:
        print("TypeError", e)
print(type(len).__module__, type(gen).__module__, type(gen).__name__)

# Types made by gopy's native modules have an MRO and CPython's names in errors.
print(_thread._local.__name__, _thread._local.__mro__, type(threading.Lock()).__mro__)
for stmt in ["_thread._local.x = 1", "del _thread._local.__init__", "int.x = 1"]:
    try:
        exec(stmt)
    except TypeError as e:
        print("TypeError", e)
import copy
for x in [threading.Lock(), threading.RLock()]:
    try:
        copy.copy(x)
    except TypeError as e:
        print("TypeError", e)
