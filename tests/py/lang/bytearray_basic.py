# bytearray: a mutable bytes.
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba.extend([103])
ba[0] = 65
ba[1:3] = b'XYZ'
print(ba, len(ba), ba[0], ba[-1], ba[1:3])
print(ba.pop(), ba.pop(0), ba)
ba.insert(1, 33)
ba.remove(90)
del ba[0]
print(ba, ba.decode(), ba.hex(), bytes(ba), ba == b'!XYdef', ba + b'++', ba.upper())
ba += b'!'
ba.reverse()
print(ba, ba.copy(), bytearray(2), bytearray.fromhex('4142'), bytearray('hi', 'ascii'))
for bad in (lambda: ba.__setitem__(0, 300), lambda: bytearray().pop(), lambda: bytearray().append('x')):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
