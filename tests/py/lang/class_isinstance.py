# isinstance/issubclass follow subclasses, tuples and object.
class A: pass
class B(A): pass
class C(B): pass
class D: pass
c = C()
print(isinstance(c, A), isinstance(c, B), isinstance(c, C), isinstance(c, D))
print(isinstance(c, (D, A)), isinstance(c, (D, int)), isinstance(c, ()))
print(isinstance(c, object), isinstance(3, object), isinstance(A, object), isinstance(A, type))
print(issubclass(C, A), issubclass(A, C), issubclass(C, (D, B)), issubclass(C, object), issubclass(A, A))
print(issubclass(bool, int), isinstance(True, int), issubclass(KeyError, LookupError))
try:
    isinstance(c, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(c, A)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(C, 3)
except TypeError as e:
    print("TypeError:", e)
