# Values stored in a dict subclass keep their type (an OrderedDict inside an OrderedDict),
# and so do the keys of dicts and sets: the operator methods pass them on as given.
import collections
class D(dict): pass
class S(str):
    pass
o = D(); o['a'] = D(); print(type(o['a']))
class L(list): pass
l = L([0]); l[0] = D(); print(type(l[0]))
od = collections.OrderedDict(); od['x'] = collections.OrderedDict(); print(type(od['x']))
o[S('k')] = 1; print([type(k).__name__ for k in o])
dd = collections.defaultdict(D); dd['z']['y'] = D(); print(type(dd['z']), type(dd['z']['y']))
class I(int): pass
l[I(0)] = 5; print(l, l[I(0)], I(0) in {0: 1}, 'a' in o, S('a') in o)
c = collections.Counter(); c[S('w')] += 1; print(c, type(list(c)[0]).__name__)
