# frozensets are hashable and usable as set members and dict keys; sets are not.
fs = frozenset({1, 2})
d = {fs: 'pair'}
print(d[frozenset({2, 1})], {fs, frozenset([1, 2])}, frozenset([fs]))
try:
    {{1}}
except TypeError as e:
    print('TypeError', e)
print({1} in {frozenset({1})}, frozenset() == set())
