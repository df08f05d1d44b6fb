# __call__ and __bool__/__len__ truth testing on subclass instances.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
class Adder2(Adder):
    pass
a = Adder2(10)
print(a(1), a(1, 2), a(1, y=5), callable(a), callable(Adder2), callable(3))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
class Flag2(Flag):
    pass
print(bool(Flag2(True)), bool(Flag2(False)), not Flag2(False))
if Flag2(False):
    print("wrong")
else:
    print("falsy")
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), bool(object()))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
