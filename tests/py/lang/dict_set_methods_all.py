# Every dict/set/frozenset method and operator, views with set operators and comparisons,
# recursive reprs, errors.
d = {"a": 1, "b": 2, (1, 2): "t", 3: "i"}
e = {"b": 20, "c": 30}
print(d | e, e | d, d.keys() & e.keys(), d.keys() | e.keys(), d.keys() - e.keys(), d.keys() ^ e.keys())
print(d.items() & {("a", 1)}, d.items() | {("z", 0)}, d.items() - {("a", 1)}, {"a"} & d.keys(), ["a", "x"] & d.keys() if False else 0)
f = dict(d); f |= e; print(f)
f |= [("q", 9)]; print(f)
print(d.keys() == {"a", "b", (1, 2), 3}, d.keys() <= {"a", "b", (1, 2), 3, 4}, d.keys().isdisjoint({"zz"}), "a" in d.keys(), ("a", 1) in d.items(), 1 in d.values())
print(reversed(d) is not None, list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
print(len(d.keys()), repr(d.keys()), repr(d.values()), repr(d.items()))
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]), dict(a=1, b=2), dict([("x", 1)], y=2), dict(zip("ab", range(2))))
r = {}; r["self"] = r; print(r)
l = [1]; l.append(l); print(l)
t = ([],); t[0].append(t); print(t)
s = {1, 2, 3}; print(s | {4}, s & {2, 9}, s - {1}, s ^ {3, 4}, s <= {1, 2, 3, 4}, s < s, s >= {1}, s > {1}, s == {3, 2, 1}, s != frozenset(s))
fs = frozenset("abc"); print(sorted(fs | {"d"}), type(fs | {"d"}).__name__, type({"d"} | fs).__name__, hash(fs) == hash(frozenset("cba")))
s2 = set(s); s2 |= {9}; s2 &= {1, 9}; s2 -= {1}; s2 ^= {7}; print(s2)
print(s.union([5], (6,)), s.intersection([1, 2], {2}), s.difference([1], [2]), s.symmetric_difference([3, 4]), s.issubset(range(10)), s.issuperset([1]), s.isdisjoint("ab"))
s3 = set(); s3.update([1], {2}); s3.intersection_update({1, 2, 3}); s3.difference_update([5]); s3.symmetric_difference_update({2, 8}); print(s3)
print(s3.pop() in {1, 8}, s3.discard(99), len(s3.copy()))
try: s3.remove(99)
except KeyError as e: print("KeyError", e)
try: {}.popitem()
except KeyError as e: print("KeyError", e)
try: {[1]: 2}
except TypeError as e: print(e)
try: {1} | [2]
except TypeError as e: print(e)
try: d.keys() | 3
except TypeError as e: print(e)
dd = {1: "a"}
try:
    for k in dd: dd[k + 1] = "b"
except RuntimeError as e: print(e)
ss = {1}
try:
    for k in ss: ss.add(k + 1)
except RuntimeError as e: print(e)
print({1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {"a": [1]} == {"a": [1]}, frozenset() == set(), set() == frozenset())
print(repr(set()), repr(frozenset()), repr({frozenset({1})}), repr({}), str({1: {2: {3}}}))
