# Zero-argument super() in methods, classmethods, generators, __init__ chains and a diamond.
class Base:
    def __init__(self, name):
        self.name = name
        self.trail = ["Base"]
    def hello(self):
        return "Base.hello " + self.name
    @classmethod
    def make(cls, name):
        return cls(name)
    def items(self):
        yield 1
        yield 2
class Mid(Base):
    def __init__(self, name):
        super().__init__(name + "?")
        self.trail.append("Mid")
    def hello(self):
        return "Mid>" + super().hello()
    @classmethod
    def make(cls, name):
        obj = super().make(name + "!")
        obj.made = True
        return obj
    def items(self):
        for x in super().items():
            yield x * 10
class Leaf(Mid):
    def hello(self):
        return "Leaf>" + super().hello()
x = Leaf.make("ann")
print(x.name, x.trail, x.made, x.hello(), list(x.items()))
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who())
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["meta"] = True
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta)
class Err(ValueError):
    def __init__(self, what):
        super().__init__("bad " + what)
        self.what = what
try:
    raise Err("input")
except ValueError as e:
    print(e, e.what)
def plain():
    return super()
try:
    plain()
except RuntimeError as e:
    print("RuntimeError:", e)
