# Ordering: tuples and lists compare lexicographically, sets by inclusion, user __lt__ with
# reflection; min/max/sorted; the recursion limit.
import sys
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,)]), sorted([[3], [1, 2], [1]]), max([(1, 2), (1, 3)]), min("bca"))
print((1, 2) < (1, 2, 0), [1, 2] <= [1, 2], (1, "a") < (1, "b"), [] < [0], (0.5,) < (1,), (1, 2) == (1, 2.0))
for a, b in [((1, "a"), (1, 2)), ([1], (1,)), ({1}, {2}), (None, 1), ("a", 1), (1j, 2j)]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
print({1} < {1, 2}, {1, 2} > {1}, frozenset({1}) <= {1})
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "V(%r)" % self.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(1)]), min(V(3), V(1)), sorted([V(2), V(1)], reverse=True))
try:
    V(1) > V(2)
    print("reflected ok", V(1) > V(2))
    V(1) <= V(2)
except TypeError as e:
    print(e)
print(sys.getrecursionlimit())
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(200)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 150)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr", type(e).__name__)
l = []
for i in range(100): l = [l]
print(str(l)[:10])
