# sorted() and list.sort(): stable for every length around the merge sort's run size, with
# reverse, keys, mixed numbers, NaN, big ints, and the errors of comparisons.
import random
random.seed(7)
for n in [0, 1, 2, 5, 12, 13, 24, 25, 100, 1000, 5000]:
    xs = [random.randrange(50) for _ in range(n)]
    pairs = [(x, i) for i, x in enumerate(xs)]
    assert sorted(pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: (p[0], p[1])), n
    assert sorted(pairs, key=lambda p: p[0], reverse=True) == sorted(pairs, key=lambda p: (-p[0], p[1])), n
    fs = [random.random() for _ in range(n)]
    s = sorted(fs)
    assert all(s[i] <= s[i + 1] for i in range(len(s) - 1))
    assert sorted(s) == s and sorted(s, reverse=True) == s[::-1]
    strs = ["k%d" % random.randrange(100) for _ in range(n)]
    t = sorted(strs)
    assert all(t[i] <= t[i + 1] for i in range(len(t) - 1))
print(sorted([3, 1.5, 2, True, -1]))
print(sorted([float("nan"), 1.0, 0.5]))
print(sorted([2**70, 1, -2**65, 3]))
l = [5, 3, 1]; l.sort(); print(l)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 99 or o.v == 99: raise ValueError("boom")
        return self.v < o.v
    def __repr__(self): return "K(%d)" % self.v
print(sorted([K(3), K(1), K(2)]))
try:
    sorted([K(i) for i in range(30)] + [K(99)])
except ValueError as e:
    print("ValueError", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
data = [(i % 7, i) for i in range(200)]
random.shuffle(data)
print(sorted(data, key=lambda p: p[0])[:10])
print("ok")
