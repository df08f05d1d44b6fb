# Copying and merging dicts reuses stored hashes: __hash__ runs once per new key, as in CPython.
calls = []
class H:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        calls.append(self.n)
        return self.n
    def __eq__(self, o):
        return isinstance(o, H) and self.n == o.n
d = {H(1): 1, H(2): 2}
print(len(calls))
e = dict(d)
e.update(d)
f = d.copy()
g = d | e
k = d.keys() | {H(5)}
print(len(calls), len(e), len(g), len(k))
