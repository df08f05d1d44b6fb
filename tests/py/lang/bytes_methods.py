# bytes methods: decode, hex, fromhex, join, search, split, strip, case, replace.
b = b'hello world'
print(len(b), b.decode(), b.hex(), b'\x01\xab'.hex(':'), bytes.fromhex('01ab ff'), b', '.join([b'a', b'b']))
print(b.startswith(b'he'), b.endswith((b'x', b'ld')), b.count(b'o'), b.find(b'o'), b.rfind(b'o'), b.index(b'w'))
print(b.split(), b.split(b'o', 1), b'  x  '.strip(), b'xxaxx'.strip(b'x'), b.upper(), b'ABC'.lower())
print(b.replace(b'o', b'0'), b'a=b'.partition(b'='), b'123'.isdigit(), b'ab'.isalpha())
print('héllo'.encode().decode('utf-8'), b'\xe9'.decode('latin-1'), b'a\xffb'.decode('utf-8', 'replace'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'), bytes(range(3)), list(b'abc'))
for bad in (lambda: bytes([256]), lambda: bytes('abc'), lambda: bytes.fromhex('0g'), lambda: b''.join(['x'])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
