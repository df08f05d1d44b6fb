def show(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, 'TypeError', e.args)
    except ValueError as e:
        print(label, 'ValueError', e.args)

class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return 'V(%d)' % self.v

class OnlyGt:
    def __gt__(self, o):
        return 'gt called'

ops = ['<', '<=', '==', '!=', '>', '>=']
pairs = [(1, 2), (2, 2.0), (True, 1), (1.5, 1), (2**70, 2**70 + 1), (2**70, 1e30), ('a', 'b'), ('abc', 'ab'),
         ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((), ()), ([1, 'a'], [1, 'b']), ([1, 2], [1]), ((1, 'x'), (2, 0)),
         (float('nan'), 1), (float('inf'), 2**70), (b'a', b'b'), (None, None), (1, 'a'), ('a', 1), ((1, 2), [1, 2]),
         ([1], (1,)), (None, 1), ((1, 'a'), (1, 2)), (set([1]), set([1, 2])), (frozenset([1]), set([1]))]
for a, b in pairs:
    res = []
    for op in ops:
        try:
            res.append(_cmp(op, a, b))
        except TypeError as e:
            res.append(e.args[0])
    print(repr(a), repr(b), res)
print(_cmp('<', V(1), V(2)), _cmp('>', V(1), V(2)), _cmp('==', V(3), V(3)), _cmp('!=', V(3), V(3)), _cmp('<', 1, OnlyGt()))
print(sorted([V(3), V(1), V(2)]), min([V(3), V(1), V(2)]), max(V(5), V(9), V(2)))
print(_in(V(2), [V(1), V(2)]), [V(1), V(2)].index(V(2)), [V(2), V(2)].count(V(2)))
d = dict()
d[V(1)] = 'one'
print(d[V(1)], V(1) in d, len(set([V(1), V(1), V(2)])))
show('sorted mixed', lambda: sorted([3, 'a', 1]))
show('sorted tuples mixed', lambda: sorted([(1, 'a'), (1, 2)]))
show('min empty', lambda: min([]))
show('max empty default', lambda: max([], default='d'))
show('min default multi', lambda: min(1, 2, default=0))
show('min none', lambda: min())
show('max key', lambda: max(['aa', 'b', 'ccc'], key=len))
show('min key', lambda: min([3, -5, 2], key=abs))
show('max ties', lambda: max([(1, 'a'), (1, 'b')], key=lambda p: p[0]))
show('min ties', lambda: min([(1, 'a'), (1, 'b')], key=lambda p: p[0]))
show('max gen', lambda: max(x * x for x in range(-3, 2)))
show('sorted dict items', lambda: sorted(dict([(3, 'c'), (1, 'a'), (2, 'b')]).items()))
show('sorted reverse stable', lambda: sorted([(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')], key=lambda p: p[0], reverse=True))
show('sorted str', lambda: sorted('hello world'))
show('sorted key None', lambda: sorted([3, 1, 2], key=None))
show('sorted bad arg', lambda: sorted())
