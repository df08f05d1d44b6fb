# bytes + any bytes-like object is bytes; bytearray + bytes-like is a bytearray.
x = b'a'
print(b'a' + bytearray(b'b'), bytearray(b'a') + b'b', b'a' + memoryview(b'c'), bytearray(b'x') + memoryview(b'y'))
x += bytearray(b'z'); print(x, type(x).__name__)
x += memoryview(b'!'); print(x)
for bad in ("s", 1, [1], None):
    try:
        b'a' + bad
    except TypeError as e:
        print(e)
class B(bytes): pass
print(type(B(b"q") + b"r").__name__, b"s" + B(b"t"), bytearray(b"u") + B(b"v"))
