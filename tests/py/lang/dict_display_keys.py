# dict displays with int, tuple, float, bool, None and frozenset keys keep insertion order.
d = {1: 'one', (1, 2): 'pair', 2.5: 'float', None: 'none', frozenset({1}): 'fs', 'k': 'str'}
print(d)
print(d[1], d[(1, 2)], d[2.5], d[None], d[frozenset([1])], d['k'])
print(list(d), len(d))
d[1.0] = 'ONE'
d[True] = 'TRUE'
print(d[1], len(d), list(d)[0])
