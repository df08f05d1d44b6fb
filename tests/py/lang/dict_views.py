# keys/items/values views are live, sized, iterable, support in and set operations.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(len(k), list(v), ('d', 4) in it, 'a' in k, 3 in v, ('a', 2) in it)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(it & {('a', 1), ('b', 5)}), k == {'a', 'b', 'c', 'd'}, k.isdisjoint({'x'}))
print(list(reversed(d)), list(reversed(d.items()))[0])
