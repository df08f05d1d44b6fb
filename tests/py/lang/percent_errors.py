cases = [
    ('%d', 'notanumber'),
    ('%s %s', ('one',)),
    ('%s', ('a', 'b')),
    ('%(k)s', 5),
    ('%z', 1),
]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(10 % 3, -7 % 3, 7.5 % 2, 2 ** 10 % 1000)
x = 17
x %= 5
s = 'v=%s'
s %= 'ok'
print(x, s)
