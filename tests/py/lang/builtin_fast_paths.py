# The direct paths of sorted/list.sort (all floats, ints or strs), sum (runs of ints or
# floats), str % of one %d/%s and str.join must give what the general paths give.
import random

random.seed(7)
fs = [random.random() for _ in range(50)] + [0.0, -0.0, 0.0, -0.0, 1e300, -1e-300]
out = sorted(fs)
print(out[:3], out[-3:], [repr(x) for x in out if x == 0])
print([repr(x) for x in sorted([0.0, -0.0, 0.0], reverse=True)])
print(sorted([float("inf"), -float("inf"), 2.5]), sorted([float("nan"), 2.0, 1.0])[1:])
ints = [random.randrange(-10**6, 10**6) for _ in range(40)] + [2**63 - 1, -2**63]
print(sorted(ints) == sorted(ints, key=lambda v: v), sorted(ints)[:2], sorted(ints, reverse=True)[:2])
print(sorted([True, 1, 0, False, 2]), sorted([1, True], reverse=True), sorted([3, 2**70, 1]))
words = ["b", "a", "é", "z", "A", "", "ab", "\U0001f600", "\uffff", "a\x00", "\x7f"]
print(sorted(words), sorted(words, reverse=True))
class S(str):
    pass
print(sorted([S("b"), "a", S("a")]))
pairs = [(w, i) for i, w in enumerate("the quick brown fox jumps over the lazy dog".split())]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: len(p[0]), reverse=True))
print(sorted(range(12), key=lambda i: float(i % 3)), sorted(range(12), key=lambda i: str(i % 4), reverse=True))
l = [3.5, 1.5, 2.5]
l.sort()
print(l, sorted([]), sorted([1.0]))

print(sum([1, 2, 3]), sum([]), sum([], 5), sum([1.5, 2, 3]), sum([2**62, 2**62, 1]))
print(sum([-2**63, -1]), sum([2**63 - 1, 1]), sum([1, 2.5, 3]), sum([0.1] * 10))
print(sum([True, True, 1]), sum(x * 0.5 for x in range(10)), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum([1.0, float("inf"), -float("inf")]), sum([1, 2**70, 1.5]), sum([0, 0.0]), sum([-0.0]), sum([-0.0], -0.0))
class R:
    def __radd__(self, other):
        return "radd %r" % (other,)
print(sum([1, 2, R()]), sum([1.0, R()]), sum(range(10**5)))
for bad in ([1, "a"], 5):
    try:
        sum(bad)
    except TypeError as e:
        print(e)

print("k%d" % 7, "%d" % -12, "%s!" % 3, "<%s>" % "x", "%d%%" % 5, "%5d" % 3, "%s" % (4,))
print("%d" % True, "%s" % True, "%d" % 2**70, "%s-%s" % ("a", 1), "%s" % 2.5, "%d" % 3.9)
class I(int):
    def __str__(self):
        return "I!"
print("%s" % I(3), "%d" % I(3))
try:
    "%d" % "x"
except TypeError as e:
    print(e)

print(",".join(["a", "bc", ""]), "".join(("x", "y")), "-".join([]), "ab".join("xyz"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
