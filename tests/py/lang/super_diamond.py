# super() follows the C3 MRO in a diamond; inconsistent hierarchies are rejected.
class Base:
    def who(self):
        return ["Base"]
class Left(Base):
    def who(self):
        return ["Left"] + super(Left, self).who()
class Right(Base):
    def who(self):
        return ["Right"] + super(Right, self).who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super(Bottom, self).who()
print(Bottom().who())
print([c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in Bottom.mro()])
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(X, X): pass
except TypeError as e:
    print("TypeError:", e)
