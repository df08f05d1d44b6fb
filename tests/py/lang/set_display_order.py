# Sets of small ints print in CPython's table order.
print({5, 3, 9, 1, 100, 7})
print(set(range(10, 0, -1)), {-1, -2, 0}, set([2**61, 2**62, 3]))
print({0.5, 1.5, 2.0}, {(1, 2), (0, 0)} == {(0, 0), (1, 2)})
s = set()
for i in [40, 8, 16, 1]:
    s.add(i)
print(s, len(s))
print(set(), frozenset(), frozenset({3, 2, 1}))
