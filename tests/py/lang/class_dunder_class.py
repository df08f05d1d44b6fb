# A class body that binds __class__ keeps it as a class attribute when its methods use
# super() or __class__ (their implicit cell is a different thing), before or after them.
class A:
    __class__ = "custom"
    def f(self):
        return super().__repr__ is not None
    def g(self):
        return __class__
print(A.__dict__.get("__class__"), A().f(), A().g())
class B:
    __class__ = 5
    print("in body", __class__)
print(B.__dict__.get("__class__"), B().__class__)
class C:
    def m(self):
        return __class__
    __class__ = "late"
    print("body", __class__)
print(C.__dict__.get("__class__"), C().m())
class D:
    def m(self): return super()
    x = __class__ if False else 1
print(D.__dict__.get("__class__"))

class Show(type):
    def __new__(m, name, bases, ns):
        print(sorted(k for k in ns if k.startswith("__c")), ns.get("__class__"))
        return super().__new__(m, name, bases, ns)
class Shown(metaclass=Show):
    __class__ = "custom"
    def f(self):
        return super()
print(Shown.__dict__.get("__class__"))
