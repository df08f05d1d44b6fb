# User __eq__/__hash__ drive sets and dict keys; __eq__ alone makes a class unhashable.
class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __eq__(self, o):
        return isinstance(o, Person) and (self.name, self.age) == (o.name, o.age)
    def __hash__(self):
        return hash((self.name, self.age))
    def __repr__(self):
        return "Person(" + repr(self.name) + ", " + str(self.age) + ")"
s = {Person("a", 1), Person("a", 1), Person("b", 2)}
print(len(s), sorted(s, key=lambda x: x.name))
d = {Person("a", 1): "x"}
print(d[Person("a", 1)], Person("a", 1) in d, Person("a", 2) in d)
print(hash(Person("z", 1)) == hash(Person("z", 1)))
class Unh:
    def __eq__(self, o):
        return True
try:
    {Unh(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Unh())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
a, b = Plain(), Plain()
print(len({a, b, a}), {a: 1}[a], hash(a) == hash(a))
class Child(Person):
    pass
print(Child("a", 1) in s, {Child("b", 2): 5}[Person("b", 2)])
