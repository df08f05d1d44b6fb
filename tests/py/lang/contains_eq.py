# in, list.index and == use CPython equality (1 == 1.0, user __eq__, nested containers).
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return getattr(o, 'v', None) == self.v
print(1.0 in [1], True in (1,), [1] in [[1]], (1, 2) in [(1, 2)], E(3) in [E(3)], 'b' in 'abc')
print([1, 2] == [1.0, 2.0], (1, [2]) == (1, [2]), [E(1)] == [E(1)], [E(1)].index(E(1)))
print(float('nan') == float('nan'), 1 in {1.0: 'x'}, 2 in {2.0})
