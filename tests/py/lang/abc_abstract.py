# abc: ABC, ABCMeta, abstractmethod (with property, classmethod, staticmethod), register.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Full(Square):
    def perimeter(self):
        return 4 * self.s
for cls in (Shape, Square, Full):
    try:
        obj = cls(2)
        print("made", obj.describe(), obj.perimeter())
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), len(Full.__abstractmethods__) == 0)
print(isinstance(Full(1), Shape), issubclass(Full, ABC), type(Shape) is ABCMeta)
class Sized(metaclass=ABCMeta):
    @abstractmethod
    def size(self):
        pass
class Plain:
    def size(self):
        return 1
Sized.register(Plain)
print(isinstance(Plain(), Sized), issubclass(Plain, Sized), issubclass(int, Sized))
class OneLeft(ABC):
    @property
    @abstractmethod
    def value(self):
        pass
try:
    OneLeft()
except TypeError as e:
    print("TypeError:", e)
class Factory(ABC):
    @classmethod
    @abstractmethod
    def make(cls):
        pass
    @staticmethod
    @abstractmethod
    def helper():
        pass
print(sorted(Factory.__abstractmethods__))
class Impl(Factory):
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return 1
print(type(Impl.make()).__name__, Impl.helper())
