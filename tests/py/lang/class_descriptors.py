# User descriptors: data descriptors win over the instance dict, non-data ones do not.
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(self.name + " must be " + self.kind.__name__)
        obj.__dict__[self.name] = value
class Lazy:
    def __get__(self, obj, owner):
        return "computed"
class Rec:
    age = Typed("age", int)
    lazy = Lazy()
r = Rec()
print(r.age)
r.age = 4
print(r.age, type(Rec.age).__name__)
try:
    r.age = "x"
except TypeError as e:
    print("TypeError:", e)
print(r.lazy)
r.lazy = "shadowed"
print(r.lazy)
