# The truth of bytes values: b'' is false in conditions, 'not', 'and'/'or',
# comprehension filters, conditional expressions, bool(), any() and all().
x = b''
y = b'data'
print(bool(x), bool(y), not x, not y)
if x:
    print('b"" is true')
else:
    print('b"" is false')
while x:
    break
else:
    print('while skipped')
print(x or 'default', y or 'default', x and 'never', y and 'then')
print([v for v in [b'', b'z', 0, 1, '', 'a', None, (), [b'']] if v])
print('yes' if x else 'no', 'yes' if y else 'no')
print(any([b'', b'']), any([b'', b'a']), all([b'a', b'']), all([b'a']))
print(any(v for v in [0, b'', None]), all([]), any([]))
print(bool(bytearray()), bool(bytearray(b'x')), bool(memoryview(b'')))
