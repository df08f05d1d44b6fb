# The builtin iterators pickle with what they iterate over and their position (CPython's
# __reduce__/__setstate__), and come back able to go on from there.
import pickle

def fresh():
    return {
        "tuple": iter((1, 2, 3)),
        "str": iter("abc"),
        "range": iter(range(2, 12, 3)),
        "reversed range": reversed(range(5)),
        "bytes": iter(b"xyz"),
        "bytearray": iter(bytearray(b"pq")),
        "dict keys": iter({"a": 1, "b": 2, "c": 3}),
        "dict values": iter({"a": 1, "b": 2}.values()),
        "dict items": iter({"a": 1, "b": 2}.items()),
        "set": iter({7}),
        "enumerate": enumerate("xyz", 10),
        "reversed list": reversed([1, 2, 3]),
        "reversed tuple": reversed((4, 5, 6)),
        "callable": iter([9, 8, 7, 6].pop, 7),
    }

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for name, it in fresh().items():
        next(it)
        data = pickle.dumps(it, proto)
        back = pickle.loads(data)
        print(proto, name, data if proto in (0, 2, 4) else len(data), list(back), list(it))

it = iter(range(3))
print(it.__reduce__())
it.__setstate__(2)
print(list(it))
it = iter((1, 2, 3))
it.__setstate__(-5)
print(list(it))
it = iter(range(3))
it.__setstate__(99)
print(list(it))
for bad in ("x", 1.5):
    try:
        iter((1,)).__setstate__(bad)
    except TypeError as e:
        print("TypeError", e)
