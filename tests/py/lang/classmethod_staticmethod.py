# classmethod and staticmethod through the class, an instance and a subclass.
class Counter:
    total = 0
    @classmethod
    def bump(cls, n):
        cls.total += n
        return cls.__name__, cls.total
    @staticmethod
    def add(a, b):
        return a + b
    def inst(self):
        return self.bump(1)
class Sub(Counter):
    pass
print(Counter.bump(2), Counter().bump(3), Sub.bump(10), Sub().inst())
print(Counter.total, Sub.total)
print(Counter.add(1, 2), Counter().add(3, 4), Sub.add("a", "b"))
f = Counter.add
print(f(5, 6))
m = Sub.bump
print(m(1))
def plain(cls):
    return cls.__name__
Counter.named = classmethod(plain)
Counter.st = staticmethod(len)
print(Sub.named(), Sub().st([1, 2]))
print(type(Counter.__dict__["add"]).__name__, type(Counter.__dict__["bump"]).__name__)
