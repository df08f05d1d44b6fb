# zfill, center, ljust, rjust, expandtabs.
print(['42'.zfill(5), '-42'.zfill(5), '+7'.zfill(3), 'abc'.zfill(2)])
print(['ab'.center(7, '*'), 'abc'.center(6), 'a'.center(4, '-'), 'ab'.ljust(5, '.'), 'ab'.rjust(5), 'ab'.rjust(1)])
print(['a\tb'.expandtabs(), 'ab\tc'.expandtabs(4), '\tx\n\ty'.expandtabs(2)])
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print('TypeError', e)
