# collections.abc: builtins registered, one-trick ABCs by their methods (__subclasshook__),
# Mapping and MutableSequence mixins, abstract-instantiation errors.
import collections.abc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Hashable, Sized, Callable, Set, Generator, Container, MutableSequence
from collections import deque, OrderedDict, Counter, defaultdict
print(isinstance([], Iterable), isinstance([], Sequence), isinstance((), Sequence), isinstance('s', Sequence), isinstance({}, Mapping))
print(isinstance({}, MutableMapping), isinstance(set(), Set), isinstance(frozenset(), Set), isinstance(iter([]), Iterator), isinstance([], Iterator))
print(isinstance(1, Hashable), isinstance([], Hashable), isinstance({}, Hashable), isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(3, Callable))
def g():
    yield 1
print(isinstance(g(), Generator), isinstance(g(), Iterator), isinstance(deque(), Sequence), isinstance(OrderedDict(), Mapping), isinstance(Counter(), MutableMapping))
class It:
    def __iter__(self):
        return iter([1, 2])
class Sz:
    def __len__(self):
        return 3
class NoHash:
    __hash__ = None
class C:
    def __call__(self):
        return 1
print(isinstance(It(), Iterable), isinstance(Sz(), Sized), isinstance(NoHash(), Hashable), isinstance(object(), Hashable), isinstance(C(), Callable), issubclass(It, Iterator))
class MyMap(Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, list(m.keys()), list(m.values()), list(m.items()), m == {'a': 1, 'b': 2}, dict(m), len(m))
class MyList(MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
ml = MyList()
ml.append(1); ml.extend([2, 3]); ml.reverse(); print(list(ml), ml.pop(), ml.index(2), ml.count(2), 3 in ml, list(reversed(ml)))
try:
    Mapping()
except TypeError as e:
    print('TypeError:', e)
class Half(Mapping):
    def __getitem__(self, k):
        return k
try:
    Half()
except TypeError as e:
    print('TypeError:', e)
print(collections.abc.Mapping is Mapping, Mapping.__module__ if False else 'ok')
print(collections.abc.Sized.__name__)
