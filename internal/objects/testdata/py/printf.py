def show(fmt, args):
    try:
        print(repr(fmt), repr(_mod(fmt, args)))
    except ValueError as e:
        print(repr(fmt), 'ValueError', e.args)
    except TypeError as e:
        print(repr(fmt), 'TypeError', e.args)
    except OverflowError as e:
        print(repr(fmt), 'OverflowError', e.args)
    except KeyError as e:
        print(repr(fmt), 'KeyError', e.args)

class P:
    def __str__(self):
        return 'str-P'
    def __repr__(self):
        return 'repr-P'

cases = [
    ('%s', 'x'), ('%s', 1.5), ('%s', (1,)), ('%s %s', (1, 2)), ('%r', 'x'), ('%r', 1e16), ('%a', 'é'),
    ('%d', 42), ('%d', -42), ('%d', 3.9), ('%d', True), ('%i', 7), ('%u', 7), ('%5d', 42), ('%-5d|', 42),
    ('%05d', -42), ('%+d', 5), ('% d', 5), ('%.3d', 5), ('%x', 255), ('%X', 255), ('%#x', 255),
    ('%#X', 255), ('%o', 8), ('%#o', 8), ('%#08x', 255), ('%e', 12345.678), ('%E', 0.000123),
    ('%f', 3.14159), ('%.2f', 2.675), ('%10.3f|', -3.14159), ('%-10.1f|', 2.25), ('%010.2f', -1.5),
    ('%g', 1234567.0), ('%g', 0.0001), ('%g', 100000.0), ('%G', 1e-10), ('%#g', 1.0), ('%.3g', 3.14159),
    ('%c', 65), ('%c', 'z'), ('%%', ()), ('100%% %s', 'x'), ('%s', ()), ('%s', [1, 2]),
    ('%(a)s-%(b)d', {'a': 'A', 'b': 3}), ('%*d|', (5, 42)), ('%-*d|', (5, 42)), ('%.*f', (2, 3.14159)),
    ('%*d|', (-5, 42)), ('%5s|', 'ab'), ('%-5s|', 'ab'), ('%.1s', 'abc'), ('%s', None), ('%s %s', (1,)),
    ('%s', (1, 2)), ('%d', 'x'), ('%x', 1.5), ('%z', 1), ('%', 1), ('%(a)s', 1), ('%c', 'ab'),
    ('%f', 'x'), ('%s', P()), ('%r', P()), ('%d', 2**70), ('%x', -255), ('%e', float('inf')),
    ('%5.1f%%', 99.44), ('%f', float('nan')), ('%.0f', 0.5), ('%.0f', 1.5), ('%s and %r', ('a', 'b')),
]
for fmt, args in cases:
    show(fmt, args)
print(_mod(7, 3), _mod(-7, 3), _mod(7.5, 2))
