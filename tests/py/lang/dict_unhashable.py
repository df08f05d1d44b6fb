# Unhashable keys raise TypeError with the type name.
for bad in ([1], {1: 2}, {1}):
    try:
        d = {bad: 1}
    except TypeError as e:
        print('TypeError', e)
try:
    {}[[1]] = 2
except TypeError as e:
    print('TypeError', e)
try:
    print([1] in {})
except TypeError as e:
    print('TypeError', e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
