# Augmented assignment on instances of subclasses of list, set, dict, bytearray keeps the
# instance (and its class); list += any iterable extends in place.
class L(list): pass
l = L([1]); alias = l
l += [2]; l *= 2
print(type(l).__name__, l, l is alias)
class S(set): pass
s = S({1}); sa = s
s |= {2}; s &= {1, 2, 3}; s -= {9}; s ^= {5}
print(type(s).__name__, sorted(s), s is sa)
class D(dict): pass
d = D(a=1); da = d
d |= {"b": 2}
print(type(d).__name__, d, d is da)
class BA(bytearray): pass
b = BA(b"x"); ba = b
b += b"y"; b *= 2
print(type(b).__name__, b, b is ba)
class T(tuple): pass
t = T((1,)); t += (2,)
print(type(t).__name__, t)
class FS(frozenset): pass
f = FS({1}); f |= {2}
print(type(f).__name__, sorted(f))
class Own(list):
    def __iadd__(self, o):
        return "own"
o = Own(); o += [1]
print(o)
class I(int): pass
i = I(1); i += 1
print(type(i).__name__, i)
l = [1]; a = l
l += (2,)
l += "ab"
l += range(2)
print(l, a, l is a)
l *= 2
print(a is l)
