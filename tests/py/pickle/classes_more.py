# Classes with a metaclass, __slots__ next to __dict__, nested classes: by reference and their instances.
import pickle
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
class S:
    __slots__ = ('a', '__dict__')
    def __init__(self):
        self.a = 1
        self.b = 2
class Outer:
    class Inner:
        def __init__(self):
            self.v = 'inner'
for p in (0, 2, 4):
    print(p, pickle.dumps(WithMeta, p), pickle.loads(pickle.dumps(WithMeta, p)) is WithMeta)
    print(p, pickle.dumps(WithMeta(), p))
    s = pickle.loads(pickle.dumps(S(), p)) if p >= 2 else None
    print(p, pickle.dumps(S(), p) if p >= 2 else '', s.a if s else None, s.b if s else None)
    i = pickle.loads(pickle.dumps(Outer.Inner(), p))
    print(p, pickle.dumps(Outer.Inner(), p), i.v)
try:
    pickle.dumps(S(), 0)
except TypeError as e:
    print('TypeError', e)
