# bytearray * n, n * bytearray and *= (in place), as bytes repeats.
class Three:
    def __index__(self):
        return 3


print(bytearray(b"ab") * 3, 2 * bytearray(b"x"), bytearray(b"ab") * -1, bytearray(b"z") * Three())
b = bytearray(b"ab")
c = b
b *= 2
print(b, c is b)
for bad in ("x", 1.5):
    try:
        bytearray(b"a") * bad
    except TypeError as e:
        print(e)
