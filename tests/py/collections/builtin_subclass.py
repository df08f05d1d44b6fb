# What namedtuple stands on: tuple.__new__ on a subclass, hashing, ordering and % of
# tuple subclasses, reversed() honouring a class's __reversed__.
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
p = P(1, 2)
print(p, type(p).__name__, hash(p) == hash((1, 2)), p < P(1, 3), sorted([P(2, 0), p]))
print('%r-%r' % p, tuple.__new__(P, [5, 6]))
class I(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)
print(I(4), isinstance(I(1), int))
class S(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
print(S('abc'), len(S('xy')))
for bad in [lambda: tuple.__new__(int), lambda: tuple.__new__(3)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
class R:
    def __reversed__(self):
        return iter('cba')
class D(dict):
    pass
print(list(reversed(R())), list(reversed(D(a=1, b=2))))
