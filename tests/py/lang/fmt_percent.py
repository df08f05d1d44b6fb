# printf-style % formatting.
class P:
    def __str__(self):
        return 'str-P'
    def __repr__(self):
        return 'repr-P'
print('%s|%r|%a' % ('x', 'x', 'é'), '%s %r' % (P(), P()), '%s' % (1.5e16,), '%s' % [1, 2])
print('%d|%i|%5d|%-5d|%05d|%+d|% d|%.3d' % (42, -3, 42, 42, -42, 5, 5, 7))
print('%x|%X|%#x|%#o|%o|%#08x' % (255, 255, 255, 8, 8, 255))
print('%e|%E|%f|%.2f|%10.3f|%-10.1f|%010.2f' % (12345.678, 0.000123, 3.14159, 2.675, -3.14159, 2.25, -1.5))
print('%g|%g|%g|%G|%#g|%.3g' % (1234567.0, 0.0001, 100000.0, 1e-10, 1.0, 3.14159))
print('%c%c|%%|%5s|%-5s|%.1s' % (65, 'z', 'ab', 'ab', 'abc'))
print('%(a)s-%(b)05.1f' % {'a': 'A', 'b': 2.25}, '%*d|%-*d|%.*f' % (5, 42, 4, 7, 2, 3.14159))
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%', 1), ('%(a)s', 1), ('%x', 1.5)]:
    try:
        fmt % args
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(7 % 3, -7 % 3, 7.5 % 2)
