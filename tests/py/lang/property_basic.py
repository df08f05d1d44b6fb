# property with getter, setter and deleter (built with the property() call and .setter()).
class Temp:
    def __init__(self):
        self._c = 0
    def _get(self):
        "degrees celsius"
        return self._c
    def _set(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    def _del(self):
        print("deleted")
        del self._c
    celsius = property(_get, _set, _del)
    def _f(self):
        return self._c * 9 / 5 + 32
    fahrenheit = property(_f)
    def _k(self):
        return self._c + 273
    kelvin = property(_k)
    def _setk(self, v):
        self._c = v - 273
    kelvin = kelvin.setter(_setk)
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, t.kelvin)
t.kelvin = 0
print(t.celsius, Temp.celsius.__doc__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_c"))
print(isinstance(Temp.celsius, property), Temp.celsius.fget is Temp.__dict__["_get"])
