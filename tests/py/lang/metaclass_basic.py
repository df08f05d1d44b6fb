# class C(metaclass=M): __new__ and __init__ of the metaclass, metaclass methods, inheritance.
class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        ns["created_by"] = mcs.__name__
        cls = super(Registry, mcs).__new__(mcs, name, bases, ns)
        Registry.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns):
        super(Registry, cls).__init__(name, bases, ns)
        cls.initialised = True
    def describe(cls):
        return "class " + cls.__name__
class Plugin(metaclass=Registry):
    pass
class Audio(Plugin):
    pass
print(Registry.classes, Audio.created_by, Audio.initialised)
print(type(Audio) is Registry, isinstance(Audio, type), isinstance(Audio, Registry))
print(Audio.describe(), type(Audio()).__name__)
print(issubclass(Registry, type), Registry.__mro__ == (Registry, type, object))
class Meta2(type):
    pass
class Other(metaclass=Meta2):
    pass
try:
    class Both(Plugin, Other):
        pass
except TypeError as e:
    print("TypeError:", e)
