import pprint
import collections
import types

data = {
    "name": "gopy", "numbers": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4)}], "c": "x" * 40},
    "tuple1": (1,), "empty": [], "et": (), "ed": {}, "set": {3, 1, 2}, "fs": frozenset({"b", "a"}),
    "es": set(), "efs": frozenset(), "bytes": b"\x00\x01 binary data that goes on and on and on" * 2,
    "ba": bytearray(b"0123456789" * 9), "float": 1.5, "none": None, "bool": True,
    "long": "The quick brown fox jumps over the lazy dog. " * 4,
    "lines": "first line\nsecond line that is a bit longer than the first\n" * 2,
}
for width in (1, 10, 20, 40, 60, 80, 120):
    print("--- width", width)
    pprint.pprint(data, width=width)
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=60))
print(pprint.pformat(data, compact=True, width=50))
print(pprint.pformat(data, sort_dicts=False, width=70))
pprint.pp(data, width=70)
pprint.pp({"b": 1, "a": 2}, sort_dicts=True)
print(pprint.pformat([10 ** 12, 123456, -1000, 7, True], underscore_numbers=True))
print(pprint.pformat(list(range(10 ** 8, 10 ** 8 + 15)), underscore_numbers=True, width=40))
print(pprint.pformat(list(range(50)), compact=True, width=30, indent=3))
print(pprint.pformat([[1, 2, 3]] * 6, compact=True, width=20))
print(pprint.pformat([("a" * 5, "b" * 5)] * 4, width=12))
print(pprint.pformat(("one",), width=3), pprint.pformat(("only one long string here",), width=10))
print(pprint.pformat(tuple(range(20)), width=20))

for s in ["", "short", "a" * 100, "word " * 30, "tab\tand\x00ctrl " * 10, "ünïcödé " * 20,
          "line\n" * 5, "'quote\" " * 15, "endswithspaces      " * 6]:
    print(pprint.pformat(s, width=30))
    print(pprint.pformat([s], width=30))
    print(pprint.pformat({"k": s}, width=30))
for b in [b"", b"abcd", b"abcde", bytes(range(40)), b"x" * 100]:
    print(pprint.pformat(b, width=20))
    print(pprint.pformat([b], width=20))
    print(pprint.pformat(bytearray(b), width=25))

print(pprint.pformat(collections.OrderedDict((str(i), i * 1000) for i in range(12)), width=40))
print(pprint.pformat(collections.OrderedDict(), width=5), pprint.pformat(collections.OrderedDict(a=1)))
dd = collections.defaultdict(list, {"x" * 10: [1] * 10, "y": list(range(15))})
print(pprint.pformat(dd, width=30))
print(pprint.pformat(collections.defaultdict(int), width=5))
print(pprint.pformat(collections.Counter("abracadabra simsalabim"), width=30))
print(pprint.pformat(collections.Counter("abracadabra"), width=30, indent=3))
print(pprint.pformat(collections.Counter(), width=5))
print(pprint.pformat(collections.ChainMap({"a" * 8: 1, "b": list(range(8))}, {"c": 3}), width=25))
print(pprint.pformat(collections.ChainMap(), width=5), pprint.pformat(collections.ChainMap({}), width=5))
print(pprint.pformat(collections.deque(range(30)), width=30))
print(pprint.pformat(collections.deque(range(30), maxlen=40), width=30))
print(pprint.pformat(collections.deque(), width=5))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(20)), beta="b" * 30, gamma={"g": 1}), width=40))
print(pprint.pformat(types.MappingProxyType({"k%d" % i: i for i in range(10)}), width=30))
print(pprint.pformat({(1, 2): "tuple key", 3: "int", "s": "str", None: 0, 2.5: 1}, width=20))
print(pprint.pformat({1, "a", None, (2,), 3.0}, width=10))
print(pprint.pformat([{1: [2, {3: [4, [5]]}]}] * 2, depth=3))
print(pprint.pformat({"deep": {"deeper": {"deepest": {}}}}, depth=2))
print(pprint.pformat([[], (), {}, set()], depth=1))
