# __name__, __qualname__, __module__, __doc__, __bases__, __mro__, __dict__, __class__.
class Outer:
    "Outer doc"
    class Inner:
        pass
    def method(self):
        "method doc"
        return 1
class Child(Outer):
    pass
o = Child()
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.__module__, Outer.Inner.__module__, Outer.__doc__, Child.__doc__)
print(Child.__bases__ == (Outer,), Outer.__bases__ == (object,), Child.__base__ is Outer)
print([c.__name__ for c in Child.__mro__])
print("method" in Outer.__dict__, "method" in Child.__dict__, Outer.__dict__["__doc__"])
print(o.__class__ is Child, o.__class__.__name__, Child.__class__ is type)
print(o.__dict__, Outer.method.__name__, Outer.method.__qualname__, Outer.method.__doc__)
o.x = 1
o.y = 2
print(o.__dict__, sorted(vars(o)))
print(object.__name__, int.__name__, ValueError.__module__, Outer.__module__)
