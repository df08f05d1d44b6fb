# The @x.setter / @x.deleter decorator forms.
class Box:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
    @v.deleter
    def v(self):
        self._v = None
b = Box()
b.v = 4
print(b.v)
del b.v
print(b.v)
