# Operations on a class object do not call the dunder methods its instances use.
class Bag:
    def __len__(self): return 3
    def __getitem__(self, i): return i
    def __iter__(self): return iter([1])
    def __contains__(self, x): return True
    def __repr__(self): return "Bag()"
    def __getattribute__(self, n): return object.__getattribute__(self, n)
    def __setattr__(self, n, v): object.__setattr__(self, n, v)
print(Bag, repr(Bag), str(Bag), bool(Bag), len(Bag()), Bag()[4], list(Bag()), 5 in Bag())
for expr in ("len(Bag)", "Bag[1]", "iter(Bag)", "1 in Bag"):
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
Bag.x = 5
print(Bag.x, Bag.__name__, Bag().x)
if Bag:
    print("truthy")
class G:
    def __class_getitem__(cls, item):
        return "G[" + item.__name__ + "]"
    def __getitem__(self, i): return i
print(G[int], G()[2])
class Meta(type):
    def __getitem__(cls, k):
        return cls.__name__ + str(k)
    def __len__(cls):
        return 7
class WithMeta(metaclass=Meta):
    pass
print(WithMeta[3], len(WithMeta))
