# Pointer fields of a structure: values kept beside the bytes, checked as CPython does.
import ctypes as C
class S(C.Structure):
    _fields_ = [('name', C.c_char_p), ('n', C.c_int)]
s = S(b"abc", 3)
print(s.name, s.n, S().name)
try:
    s.name = "str"
except TypeError as e:
    print("TypeError:", e)
a = (C.c_char * 4)()
a.value = b"hi"
print(a.value, C.c_char_p(b"x").value)
