# Python subclasses of dict, set, frozenset, list, tuple and str keep their behaviour.
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, key):
        self[key] = self[key] + 1
c = Counter()
for w in 'a b a c a b'.split():
    c.add(w)
print(c, c['zzz'], type(c).__name__, isinstance(c, dict), sorted(c.items()), len(c))
class Tags(set):
    pass
class Frozen(frozenset):
    pass
t = Tags([3, 1, 2])
t.add(0)
print(t, Frozen([5]), isinstance(t, set), 2 in t, sorted(t | {9}))
class Stack(list):
    def peek(self):
        return self[-1]
s = Stack(x * x for x in range(4))
s.append(100)
print(s, s.peek(), len(s), s.pop(), s)
class Pair(tuple):
    def swap(self):
        return Pair((self[1], self[0]))
print(Pair((1, 2)).swap(), Pair('ab'))
class Name(str):
    def shout(self):
        return self.upper() + '!'
print(Name('bob').shout(), Name('x') + 'y', len(Name('abc')))
