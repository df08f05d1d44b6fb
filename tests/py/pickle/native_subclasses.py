# Instances of subclasses of int, float, str, bytes, tuple (builtin __getnewargs__), set and
# frozenset (builtin __reduce__), with an attribute, at every protocol: the bytes and what
# they load to. A __getnewargs__ or __getstate__ of the subclass wins over the builtin one.
import pickle


class SI(int): pass
class SF(float): pass
class SS(str): pass
class SB(bytes): pass
class ST(tuple): pass
class SFS(frozenset): pass
class SSet(set): pass
class SL(list): pass
class SD(dict): pass


class TC(tuple):
    def __getnewargs__(self):
        return ((self[0], self[1], 0),)


class FS(frozenset):
    def __getstate__(self):
        return {'st': 1}


big = SI(2**70)
for v in [SI(5), big, SF(1.5), SS('ab'), SB(b'xy'), ST((1, 2)), SFS([3]), SSet([4, 5]),
          SL([5]), SD(a=6), TC((7, 8)), FS([9])]:
    v.attr = 1
    for p in range(6):
        d = pickle.dumps(v, p)
        r = pickle.loads(d)
        print(type(v).__name__, p, d)
        print('   ', type(r).__name__, repr(r), getattr(r, 'attr', None), getattr(r, 'st', None))
