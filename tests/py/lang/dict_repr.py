# repr of dicts, nested containers, floats inside and self-reference.
d = {'s': 'x', 'f': 1.5, 'big': 1e16, 't': (1,), 'l': [0.1, None], 'n': {'in': True}}
print(d)
print(repr(d) == str(d))
r = {}
r['me'] = r
print(r)
print({}, {1: {}})
