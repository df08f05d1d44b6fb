# hash() matches CPython for numbers and tuples; mutable containers are unhashable.
print(hash(1), hash(1.0), hash(True), hash(-1), hash(0), hash(1.5), hash(-2.25), hash(2 ** 61), hash(2 ** 100))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(1) == hash(1.0) == hash(True))
print(hash('abc') == hash('abc'), hash(None) == hash(None), hash(float('inf')))
for bad in ([1], {}, set(), (1, [2]), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError', e)
