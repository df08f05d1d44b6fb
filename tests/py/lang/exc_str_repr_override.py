# __str__ and __repr__ overrides on exception subclasses.
class Detailed(Exception):
    def __init__(self, code):
        super(Detailed, self).__init__(code)
        self.code = code
    def __str__(self):
        return "error code " + str(self.code)
class Shown(Detailed):
    def __repr__(self):
        return "Shown<" + str(self.code) + ">"
try:
    raise Shown(7)
except Detailed as e:
    print(e, str(e), repr(e), [e])
print(repr(Detailed(3)), str(Detailed(3)))
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain(1)), repr(Plain(1, "a")), str(Plain(1, "a")))
