# zip and filter objects pickle as CPython 3.11's (their iterators, strict= as state) and
# resume where they were; zip(strict=True) checks the lengths.
import pickle

z = zip([1, 2, 3], "abc")
print(next(z))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, list(pickle.loads(pickle.dumps(z, proto))))
r = zip([1], strict=True).__reduce__()
print(r[0].__name__, len(r[1]), r[2])

s = pickle.loads(pickle.dumps(zip([1, 2], [3], strict=True)))
try:
    print(list(s))
except ValueError as e:
    print("ValueError", e)

def is_odd(x):
    return x % 2


f = filter(is_odd, range(10))
print(next(f), next(f))
print(list(pickle.loads(pickle.dumps(f))))
g = filter(None, [0, b"", b"x", "", "y", 3])
print(g.__reduce__()[0].__name__, g.__reduce__()[1][0])
print(list(pickle.loads(pickle.dumps(g))))

for args in [([1], [2, 3]), ([1, 2], [3]), ([1], [2], [3, 4]), ([1, 2], [3, 4], [5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
for bad in [dict(foo=1), dict(strict=True, foo=1)]:
    try:
        zip([1], **bad)
    except TypeError as e:
        print("TypeError", e)
try:
    filter(None, [1], x=1)
except TypeError as e:
    print("TypeError", e)
