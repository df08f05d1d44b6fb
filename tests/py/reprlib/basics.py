# reprlib as CPython 3.11's: Repr's limits and cutting points per type, levels,
# subclass dispatch, aRepr/repr and recursive_repr.
import reprlib
import array
import collections

r = reprlib.repr
print(r('x' * 100))
print(r('short'), r("it's" * 20), r(b'bytes' * 20))
print(r(list(range(100))), r(tuple(range(3))), r((1,)), r(()), r([]))
print(r(set(range(20))), r(set()), r(frozenset('abcdefghij')), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}), r({'b': 1, 'a': 2}))
print(r(2 ** 200), r(-2 ** 200), r(12345))
print(r(collections.deque(range(10))), r(array.array('i', range(10))), r(array.array('d')))
print(r([[[[[[[[1]]]]]]]]), r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r({1, 'a', 2.5}), r([1, 'x' * 50, (2, 3)]))


class Big:
    def __repr__(self):
        return 'Big(' + 'z' * 100 + ')'


class Broken:
    def __repr__(self):
        raise ValueError('no')


print(r(Big()), r(3.14159), r(None), r(len))
print(r(Broken()).startswith('<Broken instance at 0x'))

a = reprlib.Repr()
print(a.maxlevel, a.maxtuple, a.maxlist, a.maxarray, a.maxdict, a.maxset,
      a.maxfrozenset, a.maxdeque, a.maxstring, a.maxlong, a.maxother, a.fillvalue)
a.maxlist = 2
a.maxstring = 10
a.fillvalue = '~'
a.maxlevel = 1
print(a.repr([1, 2, 3]), a.repr('abcdefghijklmnop'), a.repr([[1], [2]]), a.repr({'k': [1]}))
a.maxstring = 2
a.maxlong = 1
print(a.repr('abcdef'), a.repr(123456))


class MyRepr(reprlib.Repr):
    def repr_float(self, x, level):
        return 'F%d' % level

    def repr_Big(self, x, level):
        return 'BIG'


m = MyRepr()
print(m.repr([1.5, Big(), (2.5,)]))
print(reprlib.aRepr.repr is not None, reprlib.__all__)


class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """Node's repr."""
        return 'Node(%s, %r)' % (self.name, self.kids)


n = Node('a')
n.kids.append(n)
n.kids.append(Node('b'))
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__, Node.__repr__.__module__)


class Other(list):
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other' + repr(list(self))


o = Other([1])
o.append(o)
print(repr(o))
