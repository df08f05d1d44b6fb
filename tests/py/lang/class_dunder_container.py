# Container special methods defined on a base class work on subclass instances.
class Base:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
class Bag(Base):
    pass
b = Bag([1, 2, 3])
print(len(b), b[0], b[-1], 2 in b, 9 in b, 9 not in b)
b[0] = 10
del b[1]
print(b.items, list(b), bool(b), bool(Bag([])))
for x in b:
    print("item", x)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0]
except TypeError as e:
    print("TypeError:", e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NoLen())
except TypeError as e:
    print("TypeError:", e)
