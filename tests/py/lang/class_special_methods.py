# A class's special methods are its instances': round(), reversed(), %d, hash() and format() of the
# class itself go through its metaclass (type), as CPython's slot lookup does.
class A:
    def __reversed__(self): return iter([1])
    def __round__(self, n=None): return 7
    def __hash__(self): return 5
for f in (lambda: round(A), lambda: reversed(A), lambda: "%d" % A, lambda: hash(A) == hash(A)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class M(type):
    def __hash__(cls): return 42
    def __round__(cls, n=None): return "meta"
class B(metaclass=M): pass
print(hash(B), round(B), format(B, ""))
