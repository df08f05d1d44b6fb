# pack_into zeroes its region before writing the items in order: a failing item leaves the
# zeros and the items before it.
import struct
b = bytearray(bytes([255] * 16))
try:
    struct.pack_into('bq', b, 0, 1, 2 ** 70)
except struct.error as e:
    print(e)
print(b)
b = bytearray(bytes([255] * 6))
try:
    struct.pack_into('h4s', b, 0, 7, 'x')
except struct.error as e:
    print(e)
print(b)
