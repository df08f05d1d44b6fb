class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @staticmethod
    def unit():
        return 'C'

    @classmethod
    def freezing(cls):
        return cls(0)

t = Temp(100)
print(t.fahrenheit, Temp.unit(), Temp.freezing().fahrenheit)
