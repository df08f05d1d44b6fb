# | & - ^ and comparison operators on set and frozenset.
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a < a, a <= a, {1} < a, a > {1}, a >= b, a == {4, 3, 2, 1}, a != b)
f = frozenset({1, 2})
print(f | a, a | f, type(f | a).__name__, type(a | f).__name__, f & {2, 9})
print(f == {1, 2}, {1, 2} == f, hash(f) == hash(frozenset([2, 1])))
try:
    a | [1]
except TypeError as e:
    print('TypeError', e)
