# globals() is a dict with the whole method set.
a, b = 1, 2
g = globals()
print(type(g).__name__, g['a'], g.get('b'), g.get('nope', 0), 'a' in g, 'zz' in g)
g.update(c=3)
g.update({'d': 4})
print(c, d, g.pop('c'), g.pop('c', 'gone'), g.setdefault('e', 5), e, g.setdefault('a', 9))
print(sorted(k for k in g.keys() if len(k) == 1), sorted(v for k, v in g.items() if k in 'abde'))
print({k: g[k] for k in 'ab'} == {'a': 1, 'b': 2})
