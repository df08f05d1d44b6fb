# @property as a decorator, with read-only errors.
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @property
    def area(self):
        return 3 * self._r * self._r
class Big(Circle):
    @property
    def area(self):
        return 1000
c = Big(2)
print(c.radius, c.area, Circle(2).area)
try:
    c.radius = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.area
except AttributeError as e:
    print("AttributeError:", e)
class Empty:
    nothing = property()
try:
    Empty().nothing
except AttributeError as e:
    print("AttributeError:", e)
