# Ints beyond 64 bits are of type int everywhere observable: type(), __class__, type as a
# dict key or set member, calling type(x), pickling.
b = 2**70
print(type(b), type(b) is int, b.__class__, b.__class__ is int, type(b).__name__)
print(isinstance(b, int), issubclass(type(b), int))
print(type(-b) is int, type(b // 2**60) is int, type(int("9"*30)) is int)
print(repr(type(b)), str(type(b)))
print({type(1), type(b)})
print(type(b)(5), b + 1, hash(b) == hash(2**70))
print(type(b) == type(1), type(b) in (int,), b.__class__.__name__)
print(type(True))
import pickle
print(pickle.loads(pickle.dumps(b)) == b, type(pickle.loads(pickle.dumps(b))) is int)
print(pickle.dumps(b) == pickle.dumps(2**70))
class MyInt(int): pass
m = MyInt(2**70)
print(type(m) is MyInt, m.__class__.__name__, m + 1, type(m + 1) is int)
print(type(2**63), type(2**63 - 1), type(-2**63), type(-2**63 - 1))
print(object.__getattribute__(b, '__class__'))
for x in [1, 2**64, 2**64 // 2**62]:
    print(type(x).__name__, type(x) is int, x)
d = {int: 'int'}
print(d[type(b)])
