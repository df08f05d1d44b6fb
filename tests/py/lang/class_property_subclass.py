# property, classmethod and staticmethod can be subclassed: overriding __get__/__set__,
# adding attributes, calling super().__init__; getter/setter keep the subclass.
class P(property):
    pass
class A:
    @P
    def x(self):
        return 42
print(A().x, type(A.__dict__['x']).__name__, isinstance(A.__dict__['x'], property))

class Cached(property):
    def __init__(self, fget, doc=None):
        super().__init__(fget, doc=doc)
        self.name = fget.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name)
        return self.fget(obj) * 2
class B:
    @Cached
    def y(self):
        return 21
    @P
    def z(self):
        "zdoc"
        return 1
    @z.setter
    def z(self, v):
        print("set z", v)
b = B()
print(b.y, B.y.name, type(B.y).__name__)
b.z = 5
print(type(B.__dict__['z']).__name__, B.z.__doc__)

class CM(classmethod):
    pass
class SM(staticmethod):
    pass
class C:
    @CM
    def f(cls):
        return cls.__name__
    @SM
    def g(a):
        return a + 1
print(C.f(), C().f(), C.g(1), C().g(2))
class CM2(classmethod):
    def __init__(self, f):
        super().__init__(f)
        self.tag = "t"
class D:
    @CM2
    def h(cls): return cls
print(D.h() is D, D.__dict__['h'].tag, D.__dict__['h'].__func__.__name__)
print(issubclass(P, property), P.__mro__)
