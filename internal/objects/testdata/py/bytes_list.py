def show(label, f):
    try:
        print(label, repr(f()))
    except UnicodeError as e:
        print(label, 'UnicodeError', str(e))
    except ValueError as e:
        print(label, 'ValueError', e.args)
    except TypeError as e:
        print(label, 'TypeError', e.args)
    except IndexError as e:
        print(label, 'IndexError', e.args)
    except LookupError as e:
        print(label, 'LookupError', e.args)
    except BufferError as e:
        print(label, 'BufferError', e.args)

b = b'hello world'
show('len', lambda: len(b))
show('index', lambda: [_getitem(b, 0), _getitem(b, -1), _getitem(b, 4)])
show('index oob', lambda: _getitem(b, 20))
show('index bad', lambda: _getitem(b, 'x'))
show('slice', lambda: [_getitem(b, slice(1, 4)), _getitem(b, slice(None, None, -1)), _getitem(b, slice(None, None, 2))])
show('iter', lambda: list(b'abc'))
show('in', lambda: [_in(b'wor', b), _in(104, b), _in(b'x', b), _in('a', 'cat'), _in(1.0, [1])])
show('in bad', lambda: _in(1, 'abc'))
show('decode', lambda: [b.decode(), 'héllo'.encode().decode('utf-8'), b'\xe9'.decode('latin-1')])
show('decode bad', lambda: b'\xff\xfe'.decode())
show('decode ascii', lambda: b'a\xe9'.decode('ascii'))
show('decode replace', lambda: b'a\xffb'.decode('utf-8', 'replace'))
show('decode ignore', lambda: b'a\xffb'.decode(errors='ignore'))
show('hex', lambda: [b'\x01\xab\xff'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b''.hex()])
show('fromhex', lambda: [bytes.fromhex('01ab ff'), bytes.fromhex('')])
show('fromhex bad', lambda: bytes.fromhex('0g'))
show('join', lambda: b', '.join([b'a', b'b', bytearray(b'c')]))
show('join bad', lambda: b''.join([b'a', 'b']))
show('startswith', lambda: [b.startswith(b'he'), b.endswith(b'ld'), b.startswith((b'x', b'h')), b.startswith(b'o', 4)])
show('count find', lambda: [b.count(b'o'), b.count(111), b.find(b'o'), b.rfind(b'o'), b.find(b'z'), b.index(b'w'), b.rindex(b'l')])
show('index miss', lambda: b.index(b'z'))
show('split', lambda: [b.split(), b.split(b'o'), b'a,b,c'.split(b',', 1), b' a  b '.split(), b'a,b,c'.rsplit(b',', 1)])
show('strip', lambda: [b'  x  '.strip(), b'xxaxx'.strip(b'x'), b'  x'.lstrip(), b'x  '.rstrip()])
show('case', lambda: [b'Hello'.upper(), b'Hello'.lower()])
show('replace', lambda: [b.replace(b'o', b'0'), b.replace(b'o', b'', 1)])
show('partition', lambda: [b'a=b'.partition(b'='), b'a=b=c'.rpartition(b'='), b'ab'.partition(b'=')])
show('is', lambda: [b'123'.isdigit(), b'abc'.isalpha(), b'a1'.isalnum(), b' \t'.isspace(), b''.isdigit()])
show('ctor', lambda: [bytes(3), bytes([65, 66]), bytes('hé', 'utf-8'), bytes(b'x'), bytes(), bytes(range(3))])
show('ctor bad', lambda: bytes([256]))
show('ctor str', lambda: bytes('abc'))
show('repr', lambda: [repr(b"it's"), repr(b'\x00\x7f\x80\n"')])
show('cmp', lambda: [_cmp('<', b'a', b'b'), _cmp('==', b'a', bytearray(b'a')), b'a' == b'a'])

ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba.extend([103])
ba[0] = 65
ba[1:3] = b'XYZ'
print(ba, len(ba), ba[0], ba[-1], ba[1:3], list(ba[:2]))
print(ba.pop(), ba.pop(0), ba)
ba.insert(1, 33)
ba.remove(90)
del ba[0]
print(ba, ba.decode(), ba.hex(), bytes(ba), ba == b'!XYdef', ba + b'++', ba.upper(), ba.find(b'd'))
ba += b'!'
ba.reverse()
print(ba, ba.copy(), bytearray(2), bytearray.fromhex('4142'), bytearray(b'x') * 1 if False else '')
show('ba setitem bad', lambda: ba.__setitem__(0, 300))
show('ba append bad', lambda: bytearray().append('x'))
show('ba pop empty', lambda: bytearray().pop())

m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:4].tobytes(), m.tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m[::2].tobytes())
print(bytes(m[2:]), m == b'abcdef', m[1:3] == b'bc', m.hex(), m.format, m.itemsize)
ba2 = bytearray(b'hello')
mv = memoryview(ba2)
mv[0] = 72
mv[1:3] = b'EL'
print(ba2, mv.readonly, mv[4])
show('resize while exported', lambda: ba2.append(33))
mv.release()
ba2.append(33)
print(ba2)
show('released', lambda: len(mv))
show('readonly', lambda: m.__setitem__(0, 1))
with memoryview(bytearray(b'xy')) as v:
    print(v.tobytes())
show('released ctx', lambda: v.tobytes())
show('mv bad', lambda: memoryview('abc'))

l = [3, 1, 2]
l.insert(0, 9)
l.insert(-1, 7)
l.insert(100, 8)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(2), l.count(2), [1, 2, 1].count(1), [1, 1.0, True].count(1))
show('remove miss', lambda: [1].remove(5))
show('index miss', lambda: [1, 2].index('x'))
show('index range', lambda: [1, 2, 1, 2].index(1, 1))
show('pop empty', lambda: [].pop())
show('pop range', lambda: [1].pop(5))
l2 = l.copy()
l2.reverse()
l.clear()
print(l, l2, [1, 2] + l2)
words = ['banana', 'Apple', 'cherry', 'apple', 'date']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
print(sorted(pairs), sorted(pairs, reverse=True), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
show('sort mixed', lambda: sorted([1, 'a']))
show('sort kw bad', lambda: sorted([1], foo=1))
print((1, 2, 1).index(1), (1, 2, 1).count(1), (1, 2).index(2), 1.0 in (1, 2), [1] in [[1]], (1,) in [(1,)])
show('tuple index miss', lambda: (1, 2).index(3))
print(repr((1,)), repr(()), repr((1, (2,), [3.5])), str((None,)))
print(1 in [1.0], 'a' in ['a'], 2 in (1.0, 2.0))
