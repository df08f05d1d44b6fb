# UnicodeDecodeError / UnicodeEncodeError: five arguments, attributes, CPython's messages,
# raised by decode/encode and by user code.
try:
    b"ab\xff".decode()
except UnicodeDecodeError as e:
    print(e, e.args, e.encoding, e.object, e.start, e.end, e.reason)
try:
    "x\xe9".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.args, e.encoding, e.object, e.start, e.end, e.reason)
try:
    b"\xff".decode("ascii")
except ValueError as e:
    print(type(e).__name__, e)
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"))
print(UnicodeEncodeError("ascii", "ab\u20ac", 2, 3, "no"))
print(UnicodeEncodeError("ascii", "ab\xe9", 2, 3, "no"))
print(UnicodeEncodeError("ascii", "ab\U0001f600", 2, 3, "no"))
print(UnicodeEncodeError("ascii", "abcd", 1, 3, "no"))
print(repr(UnicodeDecodeError("utf-8", b"x", 0, 1, "r")))
print(UnicodeError("x"), UnicodeDecodeError.__mro__, str(UnicodeDecodeError))
try:
    UnicodeDecodeError("a")
except TypeError as t:
    print(t)
class MyDecodeError(UnicodeDecodeError):
    pass
try:
    raise MyDecodeError("utf-8", b"abc", 1, 2, "mine")
except UnicodeError as e:
    print(type(e).__name__, e, e.start)
print(b"a\xffb".decode("utf-8", "replace"), "a\xe9".encode("ascii", "replace"))
b"\xc3".decode()
