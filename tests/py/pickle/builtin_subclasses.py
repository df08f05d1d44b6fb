# Instances of subclasses of list and dict, with attributes, at protocols 0, 2 and 4.
import pickle
class L(list):
    pass
class D(dict):
    pass
l = L([1, 2])
l.tag = 't'
d = D(a=1)
for p in (0, 2, 4):
    for o in (l, d):
        data = pickle.dumps(o, p)
        b = pickle.loads(data)
        print(p, data, type(b).__name__, b, getattr(b, 'tag', None))
