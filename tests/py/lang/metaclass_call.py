# A metaclass __call__ controls instance creation (the singleton pattern).
class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if "_instance" not in cls.__dict__:
            print("creating", cls.__name__)
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance
class Config(metaclass=Singleton):
    def __init__(self, value):
        print("init", value)
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)
class Counted(type):
    calls = 0
    def __call__(cls, *args):
        Counted.calls += 1
        return super().__call__(*args)
class Item(metaclass=Counted):
    def __init__(self, n):
        self.n = n
items = [Item(i) for i in range(3)]
print(Counted.calls, [i.n for i in items])
class Odd(metaclass=Counted):
    pass
print(type(Odd()).__name__, Counted.calls)
