import io
import pprint
import re
import sys


def noid(text):
    return re.sub(r"id=\d+", "id=N", text)


a = [1, 2]
a.append(a)
d = {"self": None, "k": [1, 2, 3]}
d["self"] = d
t = (a, "x")
for obj in (a, d, t, [a, a], {"x": d}):
    print(noid(pprint.saferepr(obj)), pprint.isreadable(obj), pprint.isrecursive(obj))
    print(noid(pprint.pformat(obj)))
    print(noid(pprint.pformat(obj, width=10)))
shared = [1]
print(pprint.pformat([shared, shared, (shared,)]), pprint.isrecursive([shared, shared]))
for obj in (1, 1.5, "s", b"b", None, True, [1, (2, {3: "4"})], object(), [object()], {1: len},
            {"a": {1, 2}}, 2 ** 100, 1j, frozenset(), range(3), Ellipsis, type, {(): []}):
    print(noid(re.sub(r"0x[0-9a-f]+", "0x..", pprint.saferepr(obj))), pprint.isreadable(obj),
          pprint.isrecursive(obj))
p = pprint.PrettyPrinter()
print(p.isreadable(a), p.isrecursive(a), p.isreadable([1, 2]), p.isrecursive(d))
print(pprint.saferepr({"b": 1, "a": [3, 2]}), pprint.saferepr((1,)), pprint.saferepr(()))

for kwargs in ({"indent": -1}, {"depth": 0}, {"depth": -2}, {"width": 0}, {"indent": "3"},
               {"width": "x"}, {"indent": 2.7, "width": 30.9}):
    try:
        pp = pprint.PrettyPrinter(**kwargs)
        print(kwargs, "ok", pp.pformat(list(range(12))))
    except (ValueError, TypeError) as e:
        print(kwargs, type(e).__name__, e)
print(pprint.pformat(list(range(30)), width=-5))
try:
    pprint.PrettyPrinter(1, 80, None, None, False)
except TypeError as e:
    print("TypeError", e)

out = io.StringIO()
pprint.pprint({"to": "stream", "n": list(range(40))}, stream=out, width=30)
print(out.getvalue(), end="")
pp = pprint.PrettyPrinter(stream=out, width=20)
pp.pprint([1, 2])
print(repr(out.getvalue()[-8:]))
saved = sys.stdout
sys.stdout = io.StringIO()
pprint.pprint("captured")
pprint.pp({"z": 1, "a": 2})
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
print(pprint.pformat(list(range(8)), depth=1), pprint.pformat([[[[1]]]], depth=2))


class MyList(list):
    pass


class MyDict(dict):
    pass


class ReprList(list):
    def __repr__(self):
        return "ReprList(%d)" % len(self)


class MyTuple(tuple):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


class ReprInt(int):
    def __repr__(self):
        return "R"


print(pprint.pformat(MyList(range(30)), width=30))
print(pprint.pformat(MyDict(a=1, b=list(range(20))), width=30))
print(pprint.pformat(ReprList(range(30)), width=10))
print(pprint.pformat(MyTuple(range(10)), width=10))
print(pprint.pformat(MyStr("word " * 10), width=20))
print(pprint.pformat([MyInt(10 ** 6), ReprInt(5)], underscore_numbers=True), pprint.isreadable(ReprInt(5)))


class Hex(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, int) and not isinstance(object, bool):
            return hex(object), True, False
        return super().format(object, context, maxlevels, level)


print(Hex(width=30).pformat({"a": list(range(20)), "b": True}))
print(sorted(pprint.__all__))
print(pprint.pformat({3: 1, "a": 2, (1,): 3, None: 4, 1.5: 5}))
print(pprint.pformat({1, "a", 2.5, None, (1,)}, width=5))
for b in (b"'", b"'\"", b'a"', b"\\'", b"it's"):
    print(repr(bytearray(b)), pprint.pformat(bytearray(b * 3), width=12))
