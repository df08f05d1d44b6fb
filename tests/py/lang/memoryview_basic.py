# memoryview over bytes and bytearray.
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:4].tobytes(), m.tobytes(), m.tolist(), m.readonly, m.nbytes, m[::2].tobytes())
print(bytes(m[2:]), m == b'abcdef', m[1:3] == b'bc', m.hex(), m.format, m.itemsize)
ba = bytearray(b'hello')
mv = memoryview(ba)
mv[0] = 72
mv[1:3] = b'EL'
print(ba, mv.readonly, mv[4])
try:
    ba.append(33)
except BufferError as e:
    print('BufferError', e)
mv.release()
ba.append(33)
print(ba)
try:
    len(mv)
except ValueError as e:
    print('ValueError', e)
with memoryview(bytearray(b'xy')) as v:
    print(v.tobytes())
try:
    m[0] = 1
except TypeError as e:
    print('TypeError', e)
