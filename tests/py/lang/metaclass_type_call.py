# type(name, bases, dict) builds classes (no stray output) and type(x) is the class.
def hello(self):
    return "hello from " + type(self).__name__
Dyn = type("Dyn", (object,), {"greet": hello, "n": 3})
d = Dyn()
print(Dyn.__name__, Dyn.n, d.greet(), type(d) is Dyn, Dyn.__bases__ == (object,))
Sub = type("Sub", (Dyn,), {})
print(Sub().greet(), issubclass(Sub, Dyn), Sub.__mro__ == (Sub, Dyn, object))
print(type(3) is int, type("s") is str, type(d).__name__, type(Dyn) is type, type(type) is type)
print(type(ValueError) is type, type(int) is type, type(None).__name__)
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
class WithMeta(type):
    pass
M = WithMeta("M", (), {"k": 1})
print(type(M).__name__, M.k)
