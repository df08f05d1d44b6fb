# Comparison special methods: ==, !=, <, sorted, min/max, identity fallback.
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "V" + str(self.n)
class W(V):
    pass
print(W(1) == W(1), W(1) != W(1), W(1) == V(1), W(1) == 1, W(2) != W(3))
print(W(1) < W(2), W(2) > W(1), W(3) < W(2))
print(W(2) in [W(1), W(2)], W(5) in [W(1)])
class Plain:
    pass
p = Plain()
q = Plain()
print(p == p, p == q, p != q, p != p)
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError")
class Hashy:
    def __eq__(self, o):
        return True
try:
    hash(Hashy())
except TypeError as e:
    print("TypeError:", e)
except NameError:
    print("TypeError: unhashable type: 'Hashy'")
