# super in classmethods and staticmethods reached through super.
class Base:
    registry = []
    @classmethod
    def create(cls, v):
        obj = cls()
        obj.v = v
        return obj
    @classmethod
    def kind(cls):
        return "base:" + cls.__name__
    @staticmethod
    def helper(x):
        return x * 2
class Child(Base):
    @classmethod
    def create(cls, v):
        obj = super(Child, cls).create(v + 1)
        obj.tag = "child"
        return obj
    @classmethod
    def kind(cls):
        return "child>" + super(Child, cls).kind()
class Grand(Child):
    pass
g = Grand.create(1)
print(type(g).__name__, g.v, g.tag)
print(Grand.kind(), Child.kind(), g.kind())
print(super(Child, Grand).helper(21), Grand.helper(2), g.helper(3))
