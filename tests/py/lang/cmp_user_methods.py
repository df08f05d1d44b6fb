# User __lt__, __eq__ etc. are used by <, ==, sorted, min, max, in, index and count.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return 'V(%d)' % self.v
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs), V(1) < V(2), V(2) > V(1), V(2) == V(2), V(2) != V(2))
print(V(2) in vs, vs.index(V(2)), vs.count(V(1)), sorted(vs, reverse=True))
class OnlyGt:
    def __gt__(self, other):
        return True
print(1 < OnlyGt())
try:
    V(1) <= V(2)
except TypeError as e:
    print('TypeError', e)
