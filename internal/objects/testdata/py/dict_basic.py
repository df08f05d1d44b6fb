d = dict()
d[1] = 'a'
d[(1, 2)] = 'tuple'
d[2.5] = 'float'
d[None] = 'none'
d['x'] = 'str'
d[1.0] = 'one-float'
print(d)
print(len(d), d[True], d[(1, 2)])
print(list(d.keys()))
print(list(d.values()))
print(list(d.items()))
print(d.keys())
print(d.items())
print(d.values())
del d[2.5]
d[2.5] = 'back'
print(d)
print(d.get(7), d.get(7, 'dflt'), d.get(1))
print(d.setdefault('y', 5), d.setdefault('y', 6))
print(d.pop('y'), d.pop('zz', 'missing'))
print(d.popitem())
e = d.copy()
e.clear()
print(e, len(e), bool(e), bool(d))
print(dict.fromkeys([3, 1, 2]), dict.fromkeys('ab', 0))
print(dict([(1, 2), (3, 4)]), dict(a=1), dict(dict.fromkeys([5]), z=1))
f = dict(a=1)
f.update([('b', 2)])
f.update(dict.fromkeys('c', 3), d=4)
print(f)
print(f == dict(d=4, c=3, b=2, a=1), f != f.copy(), f == 1)
print(1 in f, 'a' in f, 'a' in f.keys(), ('a', 1) in f.items(), 1 in f.values())
try:
    d[[1]] = 2
except TypeError as ex:
    print('TypeError', ex.args)
try:
    d['nope']
except KeyError as ex:
    print('KeyError', ex.args)
try:
    it = iter(d)
    k = next(it)
    del d[k]
    next(it)
except RuntimeError as ex:
    print('RuntimeError', ex.args)
try:
    dict().popitem()
except KeyError as ex:
    print('KeyError', ex.args)
g = dict(a=1, b=2)
print(g | dict(b=3, c=4))
g |= [('z', 26)]
print(g)
print(sorted(g.items()), sorted(g))
print(sorted(g.keys() & dict.fromkeys('bz')), sorted(g.keys() - dict.fromkeys('a')), g.keys() & dict.fromkeys('q'))
print(list(reversed(g)))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)), hash(-1), hash(2**70), hash(0.5))
r = dict()
r['self'] = r
print(r)
