# Every function of operator, the getters and methodcaller (reprs, pickling) and their errors.
import operator as o
import pickle
from operator import itemgetter, attrgetter, methodcaller
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne('a', 'b'), o.ge(1, 2), o.gt(3, 2))
print(o.not_(0), o.truth([]), o.is_(None, None), o.is_not(1, None), o.abs(-3), o.add(1, 2), o.and_(6, 3))
print(o.floordiv(7, 2), o.index(5), o.index(True), o.inv(5), o.invert(0), o.lshift(1, 4), o.mod(7, 3), o.mod('%s!', 'x'))
print(o.mul('ab', 2), o.neg(4), o.or_(4, 1), o.pos(-2), o.pow(2, 10), o.rshift(64, 2), o.sub(5, 7), o.truediv(7, 2), o.xor(5, 1))
print(o.concat([1], [2]), o.contains([1, 2], 2), o.countOf([1, 2, 1], 1), o.getitem('abc', 1), o.indexOf('abc', 'c'))
l = [1, 2, 3]; o.setitem(l, 0, 9); o.delitem(l, 1); print(l, o.length_hint([1, 2]), o.length_hint(object(), 5), o.length_hint(3, 7))
print(o.iadd([1], [2]), o.iadd(1, 2), o.isub(5, 1), o.imul([0], 3), o.iconcat([1], [2]), o.ior({1}, {2}), o.ipow(2, 3))
print(o.ifloordiv(9, 2), o.ilshift(1, 2), o.imod(9, 4), o.irshift(8, 1), o.itruediv(1, 4), o.ixor(3, 1), o.iand(3, 1))
print(o.call(max, 1, 5), o.__add__ is o.add, o.__lt__(1, 2), o.add.__name__, o.add.__doc__)
class M:
    def __matmul__(self, other):
        return 'matmul %r' % (other,)
    def __rmatmul__(self, other):
        return 'rmatmul %r' % (other,)
print(o.matmul(M(), 1), o.matmul(2, M()), o.imatmul(M(), 3))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 'v'}))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='.'):
        return greeting + ' ' + self.name + punct
p = P('x', P('y'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(methodcaller('greet', 'hi')(p), methodcaller('greet', 'yo', punct='!')(p), methodcaller('upper')('abc'))
print(itemgetter(1), itemgetter(1, 'a'), attrgetter('a.b', 'c'), methodcaller('m', 1, k=2), methodcaller('n'))
for g in [itemgetter(2), itemgetter(0, 1), attrgetter('name'), attrgetter('name', 'child.name'), methodcaller('greet', 'hey')]:
    g2 = pickle.loads(pickle.dumps(g))
    print(repr(g2), g2(p) if not isinstance(g, itemgetter) else g2('abc'))
print(pickle.loads(pickle.dumps(o.add))(2, 3), pickle.loads(pickle.dumps(methodcaller('greet', 'a', punct='?')))(p))
for f in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: methodcaller(1),
          lambda: o.concat(1, [2]), lambda: o.index('a'), lambda: o.matmul(1, 2),
          lambda: o.countOf(1, 1),
          lambda: o.indexOf([1], 2), lambda: o.length_hint(1, 'a'), lambda: attrgetter(), lambda: o.imatmul(1, 2),
          lambda: o.add(1, 'a'), lambda: o.truediv(1, 0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
