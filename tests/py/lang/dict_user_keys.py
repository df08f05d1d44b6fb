# User classes with __hash__/__eq__ work as keys; hash collisions are resolved by __eq__.
class K:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, K) and self.name == other.name
    def __repr__(self):
        return 'K(%s)' % self.name
d = {}
for name in 'abcde':
    d[K(name, 7)] = name.upper()
print(d)
print(d[K('c', 7)], K('z', 7) in d, len(d))
del d[K('b', 7)]
print(d)
class Plain:
    pass
p, q = Plain(), Plain()
print({p: 1, q: 2}[p], len({p, q, p}))
