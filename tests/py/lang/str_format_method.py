# str.format: positional, keyword, indexes, attributes, conversions, nested specs.
print('{} {}'.format(1, 'a'), '{1} {0} {1}'.format('a', 'b'), '{name}={value!r}'.format(name='x', value='y'))
print('{0.real} {0.imag}'.format(3 + 4j), '{0[1]} {1[k]}'.format([10, 20], {'k': 'v'}))
print('{:>8.3f}|{:<6}|{:^7}|{:,}'.format(3.14159, 'ab', 'mid', 1234567))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{:{}}|'.format('x', 5), '{{}} {{{}}}'.format(7))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{a}-{b}'.format_map({'a': 1, 'b': 2}))
for fmt in ('{} {}', '{x}', '{} {0}', 'a}', 'a{', '{!x}'):
    try:
        fmt.format(1)
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e.args)
