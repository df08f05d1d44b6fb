import pickle

class C:
    def __new__(cls, a, b=0):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self
    def __getnewargs_ex__(self):
        return (self.a,), {"b": self.b}

for proto in range(2, 6):
    data = pickle.dumps(C(1, b=2), proto)
    print(proto, data)
    c = pickle.loads(data)
    print(type(c).__name__, c.a, c.b)
