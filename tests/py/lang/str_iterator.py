"""str iterators: str_ascii_iterator/str_iterator, pickling with their position, __setstate__, __length_hint__; iterating a long str is linear."""
import pickle, copy
for s in ['ab', 'aé€😀', '']:
    it = iter(s)
    print(type(it).__name__, it.__reduce__(), it.__length_hint__())
    print(next(it, None), it.__reduce__(), list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)))
    it.__setstate__(1); print(list(it), it.__reduce__())
print(list('héllo'), [c for c in 'xyz'], ''.join(reversed('abc')), sorted('cba'), tuple('é'), set('aa'))
class S(str): pass
print(list(S('sub')), list(iter(S('é!'))))
a, b, *c = 'xyzw'; print(a, b, c)
print(dict.fromkeys('ab'), max('hello'), sum(1 for _ in 'abc'), list(enumerate('ab')), list(zip('ab', 'cd')))
it = iter('abc'); it.__setstate__(-5); print(list(it)); it2 = iter('abc'); it2.__setstate__(99); print(list(it2))
s = "x" * 200000
n = sum(1 for _ in s); l = len(list(s))
print(n, l)
