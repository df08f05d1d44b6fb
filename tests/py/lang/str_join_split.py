# join, split/rsplit with maxsplit, splitlines, partition.
print('-'.join(['a', 'b', 'c']), ', '.join(str(i) for i in range(3)), ''.join([]))
print('a b  c '.split(), ' a b c '.split(None, 1), 'a,b,,c'.split(','), 'a,b,c'.split(',', 1))
print('a,b,c'.rsplit(',', 1), ' a b c '.rsplit(None, 1), ''.split(), ''.split(','))
print('one\ntwo\r\nthree\n'.splitlines(), 'x\ny\n'.splitlines(True))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kv'.partition('='))
try:
    ','.join(['a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError', e)
