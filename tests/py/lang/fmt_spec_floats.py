# format() mini-language for floats.
for v in [0.0, -0.0, 1.5, 3.14159, 1e16, 1e-5, 123456.789, 1234567.5, float('inf'), float('nan')]:
    print(repr(v), [format(v, s) for s in ['', 'f', '.2f', 'e', '.3e', 'g', '.3g', '#g', '%', ',', '10.2f', '<10.1f', '+.1f', '010.2f', '.3', 'z.1f', 'G']])
try:
    format(1.5, 'd')
except ValueError as e:
    print('ValueError', e)
