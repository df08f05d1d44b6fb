# format(), str.format and % use __format__, __str__ and __repr__ of user classes.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        return "$" + format(self.cents / 100, spec)
    def __str__(self):
        return "money"
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
m = Money(1234)
print(format(m, ".2f"), "{:.1f}".format(m), "{}".format(m), "{!r}".format(m), "{!s}".format(m))
print("%s and %r" % (m, m))
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), "{}".format(NoFormat()))
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
