# __init_subclass__ with keyword arguments and __set_name__ on descriptors.
class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super(Plugin, cls).__init_subclass__(**kw)
        cls.key = key
        Plugin.registry.append(cls.__name__)
class A(Plugin, key="a"):
    pass
class B(A):
    pass
print(Plugin.registry, A.key, B.key)
class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name
    def __get__(self, obj, owner):
        return self.name
class Host:
    field = Named()
print(Host.field, Host().field)
try:
    class C(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
