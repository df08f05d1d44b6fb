# get, setdefault, pop, popitem, copy, clear, update, fromkeys.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('b'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d)
e = d.copy()
e['x'] = 9
print(d, e)
e.update({'y': 1}, z=2)
e.update([('w', 0)])
print(e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], []))
e.clear()
print(e, len(e), bool(e))
