class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return 'Base(%s)' % self.x
    @classmethod
    def make(cls):
        return cls.__name__

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return 'Child<' + super().describe() + ',%s>' % self.y
    @classmethod
    def make(cls):
        return 'child of ' + super().make()

c = Child(1, 2)
print(c.describe(), Child.make())

class Grand(Child):
    def describe(self):
        inner = lambda: super(Grand, self).describe()
        return 'Grand[' + inner() + ']'
print(Grand(3, 4).describe())
