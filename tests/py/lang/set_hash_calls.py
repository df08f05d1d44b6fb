# Set operations reuse stored hashes: __hash__ runs once per insertion, as in CPython.
calls = []
class H:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        calls.append(self.n)
        return self.n
    def __eq__(self, o):
        return isinstance(o, H) and self.n == o.n
    def __repr__(self):
        return 'H%d' % self.n
a = {H(1), H(2), H(3)}
b = {H(2), H(3), H(4)}
print(len(calls))
del calls[:]
r = [a & b, a | b, a - b, a ^ b, a <= b, a.isdisjoint(b), set(a), frozenset(b)]
print(sorted(len(x) if isinstance(x, (set, frozenset)) else x for x in r[:4]), r[4], r[5], len(calls))
