from collections import namedtuple
import pickle
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple))
print(Point._fields, Point.__doc__, Point.x.__doc__, Point.__module__, Point.__name__)
print(p._replace(y=5), p._asdict(), Point._make([3, 4]))
print(hash(p) == hash((1, 2)), tuple(p), list(p))
x, y = p
print(x, y)
q = pickle.loads(pickle.dumps(p))
print(q, type(q) is Point)
for proto in range(6):
    assert pickle.loads(pickle.dumps(p, proto)) == p
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, c=3), P3._field_defaults, P3.__new__.__defaults__)
print(P3.__new__.__doc__)
for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'z': 1}), ((1,), {'a': 2})]:
    try:
        P3(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError:', e)
try:
    p.x = 3
except AttributeError as e:
    print('AttributeError:', e)
for bad in [('1a', 'x'), ('P', 'x def'), ('P', 'x _y'), ('P', 'x x'), ('P', 'x 1')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    namedtuple('P', 'x', defaults=(1, 2))
except TypeError as e:
    print('TypeError:', e)
R = namedtuple('R', 'a def _b a', rename=True)
print(R._fields, R(1, 2, 3, 4))
One = namedtuple('One', 'v')
print(One(1), One.__doc__)
E = namedtuple('E', '')
print(E(), E._fields)
class Sub(namedtuple('Base', 'a b')):
    __slots__ = ()
    @property
    def total(self):
        return self.a + self.b
    def __str__(self):
        return 'Sub %d' % self.total
s = Sub(3, 4)
print(s, repr(s), s.total, Sub.__mro__[1].__name__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): 'a'}[(1, 2)])
print(Point(x=1, y=2), Point(*[7, 8]), Point(**{'x': 1, 'y': 0}))
M = namedtuple('M', 'a b', module='mymod')
print(M.__module__)
print(repr(Point.x))
