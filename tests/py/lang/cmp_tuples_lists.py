# Tuples and lists are ordered lexicographically.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 'b') < (1, 'c'))
print([1, 2] < [1, 3], [1, 2] <= [1, 2], [3] > [2, 99], [[1, 2]] < [[1, 3]])
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]))
print(max([(1, 2), (1, 3), (0, 9)]), min([[3], [1, 2], [1]]))
d = {'b': 2, 'a': 1, 'c': 0}
print(sorted(d.items()), sorted(d.items(), key=lambda kv: kv[1]))
