# copyreg._reconstructor (protocols 0-1) makes the instance with object.__new__(cls): a
# __new__ the class defines with required arguments is not called, as in CPython.
import pickle, copyreg
class NA:
    def __new__(cls, a, b=0):
        o = object.__new__(cls); o.a = a; o.b = b; return o
    def __getnewargs__(self): return (self.a, self.b)
    def __repr__(self): return 'NA(%r,%r)' % (self.a, self.b)
for p in range(6): print(pickle.loads(pickle.dumps(NA(5, 6), p)))
print(copyreg._reconstructor(NA, object, None).__class__)
class L(list): pass
print(copyreg._reconstructor(L, list, [1,2]))
try: copyreg._reconstructor(list, object, None)
except Exception as e: print(type(e).__name__, e)
