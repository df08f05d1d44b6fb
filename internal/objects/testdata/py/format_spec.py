def show(v, spec):
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except ValueError as e:
        print(repr(v), repr(spec), 'ValueError', e.args)
    except TypeError as e:
        print(repr(v), repr(spec), 'TypeError', e.args)
    except OverflowError as e:
        print(repr(v), repr(spec), 'OverflowError', e.args)
    except KeyError as e:
        print(repr(v), repr(spec), 'KeyError', e.args)

ints = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**64 + 5, True, False]
int_specs = ['', 'd', '5', '<5', '>5', '^5', '=5', '*^7', '+d', ' d', '-d', '05', '010,', '08,',
             ',', '_', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_x', '#010x', '_b', 'c',
             'e', '.2f', '%', 'g', 'n', '+08.2f', ',d', '.3', 's', '=+8', '0=+8', ',x', '#8b']
for v in ints:
    for s in int_specs:
        show(v, s)

floats = [0.0, -0.0, 1.0, -1.5, 3.14159, 1e16, 1.5e16, 1e-5, 123456.789, 1234567.5, 0.1, 2.5,
          1e100, -1e-100, float('inf'), float('-inf'), float('nan'), 100.0, 0.00001234, 1/3]
float_specs = ['', 'f', '.2f', '.0f', '#.0f', 'e', '.3e', 'E', 'g', '.3g', '#g', 'G', '.10g', '%',
               '.1%', ',', ',.2f', '_.3f', '10.2f', '<10.2f', '^12.3e', '+.1f', ' .1f', '010.2f',
               '.3', '.1', 'n', 'z.1f', '012,.1f', 'F', '.0e', '#.0e', 'x', '=10', '.15g', '.17g', 'r']
for v in floats:
    for s in float_specs:
        show(v, s)

strs = ['', 'abc', 'héllo', 'a long string']
str_specs = ['', 's', '5', '<5', '>5', '^5', '*^9', '.2', '10.3', '=5', '+', '#', 'd', ',', 'x<4', '\u00e9>6']
for v in strs:
    for s in str_specs:
        show(v, s)

for v in [None, (1, 2), [1], 1+2j, 1.5j]:
    show(v, '')
    show(v, '>10')

for v, conv, spec in [('x', 'r', ''), ('é', 'a', ''), (3.5, 's', '>6'), (1e20, '', ''), ([1.5, 2.0], '', ''),
                      ((1,), 'r', ''), ('a\nb', 'r', '^10'), (12, '', '#x')]:
    print(repr(_fv(v, conv, spec)))

print(repr(1e16), repr(1.5e16), repr(1e-5), repr(123456789.5), repr(0.1 + 0.2), repr(-0.0), repr(1e22))
print(str(1e16), str(2.5), str([1.0, 1e-7, 1e300]), (1.5,), str((1,)), repr(()))
print(1e16, 1234567.5, 0.1 + 0.2, -1e-7)
print(repr(1+2j), repr(-1.5j), repr(complex(0, 0)), repr(complex(-0.0, 1)), repr(complex(1, -0.0)))
print(repr('a\'b'), repr('a"b\'c'), repr('\t\n\x00\x7f\u200b\U0001f600é'), ascii('é\U0001f600'))
