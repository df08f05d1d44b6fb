# Issue 16 review: ranges beyond 64 bits (len raises OverflowError, everything else works)
# and list/bytearray in-place operators' results and messages.
import copy
import itertools
import pickle

big = 2**70
r = range(big)
print(type(r), isinstance(r, range), type(r) is range, bool(range(big, big)), bool(r))
print(list(itertools.islice(r, 3)), list(itertools.islice(reversed(r), 2)))
print(r[big - 1], r[-big], r[10:15], r[::-1][:2], r[big:], r[-3:], r[5:2:-1])
print(range(-big, big, big // 2), list(range(-big, big, big // 2)), len(range(-big, big, big // 2)))
print(range(big, 0, -big // 4)[1], list(range(big, 0, -big // 4)))
print(5 in r, -1 in r, big in r, 3.0 in r, r.index(big - 1), r.count(big + 1), r.count(big - 1))
print(range(big)[:5] == range(5), range(big, big) == range(0), range(big) == range(big), range(big) != range(big + 1))
print(hash(range(big)) == hash(range(0, big, 1)), hash(range(big, big + 1)) == hash(range(big, big + 1, 7)))
print(r.start, r.stop, r.step, range(1, big, 3))
for bad in (lambda: r[big], lambda: range(0, big, 0), lambda: r["a"], lambda: r.index(-1), lambda: len(range(-big, big))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sum(range(big, big + 3)), max(range(big, big + 3)), sorted(range(big + 2, big, -1)))
r = range(big, big + 5, 2)
for i in range(big):
    print("first", i)
    break
print(str(r), r == [big], list(zip(r, "ab")), list(enumerate(r))[:1], copy.copy(r) == r)
print(pickle.loads(pickle.dumps(r)) == r)
print(r.__reduce__())


class B(bytearray):
    pass


class L(list):
    pass


b = B(b"x")
print(b.__iadd__(b"y") is b, b.__imul__(2) is b, bytearray.__iadd__(b, b"z") is b, b)
lst = L([1])
print(L.__iadd__(lst, (2,)) is lst, list.__imul__(lst, 2) is lst, lst)
plain = [1]
for bad in (5, None):
    try:
        plain += bad
    except TypeError as e:
        print(e)
