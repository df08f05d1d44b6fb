# repr() of functions, builtins, modules, bound methods and classmethods.
import sys
def f(): pass
class C:
    def m(self): pass
print(repr(f).split(" at ")[0], str(len), repr(sys), repr(C().m).split(" of ")[0], repr(C.__dict__["m"]).split(" at")[0], str(lambda: 1).split(" at")[0])
print([f][0] is f, "%s" % f == str(f), repr(classmethod(f)).split(" at")[0])
