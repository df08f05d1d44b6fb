# copy and deepcopy: builtins, recursion and sharing through the memo, instances with dicts,
# slots, __copy__/__deepcopy__/__reduce__/__getstate__/__setstate__, the collections types.
import copy
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt2 = copy.deepcopy(t2)
print(dt2, dt2 is t2, dt2[1] is t2[1])
print(copy.copy('s'), copy.deepcopy(42), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([1])), copy.copy(bytearray(b'ab')))
rec = [1]
rec.append(rec)
drec = copy.deepcopy(rec)
print(drec[1] is drec, drec[1] is not rec)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is not shared)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point([1], 2)
cp, dp = copy.copy(p), copy.deepcopy(p)
p.x.append(3)
print(cp, dp, type(cp).__name__, cp is p)


class Slotted:
    __slots__ = ('a', 'b')


sl = Slotted()
sl.a = [1]
sc = copy.deepcopy(sl)
print(sc.a, sc.a is sl.a, hasattr(sc, 'b'))


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print('__deepcopy__ called', type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


c = Custom([1])
print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        print('reduce called')
        return (Reduced, (self.v,))


r = copy.deepcopy(Reduced([7]))
print(r.v)


class WithState:
    def __init__(self):
        self.data = [1]

    def __getstate__(self):
        return {'data': self.data, 'extra': 'from getstate'}

    def __setstate__(self, state):
        print('setstate', sorted(state))
        self.__dict__.update(state)


ws = copy.deepcopy(WithState())
print(ws.extra, ws.data)

P = namedtuple('P', 'x y')
np_ = P([1], 2)
print(copy.copy(np_), copy.deepcopy(np_), copy.deepcopy(np_).x is np_.x)
dq = deque([[1], 2], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[0] is dq[0])
dd = defaultdict(list, a=[1])
ddc = copy.deepcopy(dd)
print(ddc, ddc['a'] is dd['a'], ddc['new'])
print(copy.deepcopy(OrderedDict([('b', 1), ('a', 2)])), copy.copy(Counter('aab')))
memo = {}
x = [1]
copy.deepcopy([x, x], memo)
print(id(x) in memo, id(memo) in memo)


class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError('cannot pickle NoCopy')


try:
    copy.copy(NoCopy())
except TypeError as e:
    print('TypeError:', e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)


class Unhashable:
    __hash__ = None


class OwnHash:
    def __hash__(self):
        raise TypeError('instances only')


# A class hashes by identity whatever __hash__ its instances have.
print(Unhashable in {Unhashable}, OwnHash in {OwnHash: 1}, copy.deepcopy(OwnHash) is OwnHash)
