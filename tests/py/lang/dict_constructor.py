# dict() from mappings, iterables of pairs and keywords; errors as CPython.
print(dict(), dict({1: 2}), dict([(1, 2), (3, 4)]), dict(a=1), dict({'a': 1}, b=2))
print(dict(zip('abc', range(3))), dict(((i, i * i) for i in range(4))))
for bad in ([1, 2], [(1, 2, 3)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type({}) is dict, isinstance({}, dict), dict is type({}))
