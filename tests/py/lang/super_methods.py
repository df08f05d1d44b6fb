# super(type, obj) in methods, with extra arguments and along a chain.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
class Dog(Animal):
    def __init__(self, name, tricks):
        super(Dog, self).__init__(name)
        self.tricks = tricks
    def speak(self):
        return super(Dog, self).speak() + " (woof)"
class Puppy(Dog):
    def speak(self):
        return super(Puppy, self).speak() + " (tiny)"
p = Puppy("rex", ["sit"])
print(p.name, p.tricks, p.speak())
print(super(Dog, p).speak())
s = super(Puppy, p)
print(type(s).__name__, s.__thisclass__.__name__)
try:
    super(Dog, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Animal, p).nothing
except AttributeError as e:
    print("AttributeError:", e)
