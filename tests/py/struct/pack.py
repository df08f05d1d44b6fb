# struct: native and standard sizes, alignment, every code, Struct, pack_into/unpack_from,
# iter_unpack, and CPython's messages for each kind of bad value.
import struct
print(struct.pack('<hiq', 1, -2, 3), struct.pack('>HIQ', 1, 2, 3), struct.pack('!bB?', -1, 255, True))
print(struct.pack('@bhiqd', 1, 2, 3, 4, 5.5), struct.calcsize('@bhiqd'), struct.calcsize('<bhiqd'), struct.calcsize('bi0q'), struct.calcsize('3s2x?P'))
print(struct.unpack('<hiq', struct.pack('<hiq', -7, 2 ** 31 - 1, -2 ** 63)), struct.unpack('>Q', bytes([255] * 8)), struct.unpack('<d', struct.pack('<d', 0.1)))
print(struct.pack('5p', b'hello world'), struct.pack('3s', b'a'), struct.unpack('5p', b'\x03abcd'), struct.pack('e', 1.5), struct.pack('>f', 3.14), struct.pack('?', 5), struct.unpack('??', b'\x00\x02'))
print(struct.pack('i', True), struct.pack('<Q', 2 ** 64 - 1), struct.error, struct.error.__module__, struct.unpack('<f', struct.pack('<f', 3.14)))
print(struct.pack('4e', 65504.0, 6e-8, -0.0, 0.33325), struct.unpack('<4e', struct.pack('<4e', 65504.0, 6e-8, -0.0, 0.33325)))
print(struct.pack('c3s', b'x', b'yz'), struct.unpack('c3s', b'xyz\x00'), struct.pack('< 2h i', 1, 2, 3))
s = struct.Struct('<hi')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
buf = bytearray(10)
struct.pack_into('<hh', buf, 2, 513, -1)
print(buf, struct.unpack_from('<h', buf, 2), struct.unpack_from('<h', buf, offset=-2), s.unpack_from(bytes(buf), 2))
header = struct.pack('!I', 4) + b'data'
(n,) = struct.unpack_from('!I', header)
print(n, struct.unpack_from('4s', header, 4))
cases = [('b', 200), ('B', -1), ('h', 70000), ('H', -1), ('i', 2 ** 31), ('I', -1), ('I', 2 ** 32), ('l', 2 ** 63), ('L', -1), ('q', 2 ** 63), ('Q', -1),
         ('<i', 2 ** 31), ('<I', -1), ('<I', 2 ** 32), ('<q', 2 ** 63), ('<Q', 2 ** 64), ('<l', 2 ** 31), ('<L', -1), ('>h', 2 ** 15), ('<H', 70000), ('n', 2 ** 63),
         ('N', -1), ('b', 'x'), ('c', b'ab'), ('s', 'str'), ('e', 1e10), ('<f', 1e300), ('<b', 200), ('<B', 300), ('d', 'x'), ('i', 1.5), ('>H', 70000), ('<h', 70000), ('=H', -1), ('>H', -1), ('<L', 2 ** 32), ('>i', 2 ** 40)]
for f, v in cases:
    try:
        print(f, struct.pack(f, v))
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for f, a in [('ii', (1,)), ('i', (1, 2)), ('<n', (1,)), ('z', (1,)), ('3', (1,))]:
    try:
        print(f, struct.pack(f, *a))
    except struct.error as e:
        print(f, 'error', e)
for f, b in [('i', b'12'), ('<h', b'123')]:
    try:
        print(struct.unpack(f, b))
    except struct.error as e:
        print(f, 'error', e)
for call in [lambda: struct.unpack_from('i', b'12', 0), lambda: struct.unpack_from('i', b'123456', 4),
             lambda: struct.iter_unpack('i', b'12345'), lambda: struct.iter_unpack('', b''),
             lambda: struct.pack_into('<i', bytearray(2), 0, 1), lambda: struct.pack_into('<i', b'1234', 0, 1)]:
    try:
        call()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
