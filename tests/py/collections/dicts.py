from collections import defaultdict, OrderedDict, Counter, ChainMap
import pickle
d = defaultdict(list)
d['a'].append(1); d['b'].append(2); d['a'].append(3)
print(d, d['zz'], len(d), dict(d), d.default_factory)
print(repr(defaultdict()), defaultdict(int, {'x': 1}, y=2))
n = defaultdict(None)
try:
    n['missing']
except KeyError as e:
    print('KeyError:', e)
try:
    defaultdict(3)
except TypeError as e:
    print('TypeError:', e)
print(d.get('nope'), 'nope' in d, d.copy(), type(d.copy()).__name__)
dd = pickle.loads(pickle.dumps(d))
print(dd, type(dd).__name__)
counts = defaultdict(int)
for w in 'the cat the hat the end'.split():
    counts[w] += 1
print(sorted(counts.items()), counts == {'the': 3, 'cat': 1, 'hat': 1, 'end': 1})
print(isinstance(d, dict), d | {'c': 9})
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(dict(nested['x']))

od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]) == OrderedDict([('y', 2), ('x', 1)]))
print(OrderedDict([('x', 1), ('y', 2)]) == {'y': 2, 'x': 1}, list(reversed(OrderedDict.fromkeys('abc'))))
for f in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('k')]:
    try:
        f()
    except KeyError as e:
        print('KeyError:', e)
o2 = pickle.loads(pickle.dumps(OrderedDict([('p', 1), ('q', 2)])))
print(o2, type(o2).__name__, od.copy())

c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), c['z'], c.total())
print(sorted(c.elements()))
c.update('aaz'); print(c)
c.subtract({'a': 10}); print(c)
print(+c, -c)
x, y = Counter(a=3, b=1), Counter(a=1, b=2)
print(x + y, x - y, x | y, x & y)
print(Counter(), Counter({'a': 2}), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2))
x += y; print(x)
x -= Counter(a=100); print(x)
del x['nokey']; print(x)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError:', e)
print(pickle.loads(pickle.dumps(Counter('hello'))))
words = 'one two two three three three'.split()
print(Counter(words).most_common(1)[0])

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 0))
cm['c'] = 4; print(cm.maps, cm.new_child(), cm.parents)
try:
    cm['zz']
except KeyError as e:
    print('KeyError:', e)
# Counter arithmetic: positive counts only, self's elements first, then other's.
a, b = Counter(a=3, b=1, c=-2), Counter(b=2, d=4, e=-1)
print(a + b, a - b, a | b, a & b, b - a, a.__add__(1))
