# format() of Decimals: every presentation type, fill, alignment, sign, zero padding,
# grouping, precision (rounded by the context's rounding) and the invalid specs.
from decimal import *

vals = ['0', '-0', '1234.5678', '-0.00012345', '1E+5', '123', '1.5E-10', '0.000', 'Inf',
        '-NaN', 'NaN12', '2.5', '999.99', '12345678901234567890.5', '-1E-7', '0E+3']
specs = ['', 'e', '.2e', 'E', 'f', '.2f', '.0f', 'F', 'g', '.3g', '.0g', 'G', '%', '.1%',
         'n', '.3', '+', ' ', '10', '<12', '^12', '*>12', '=+12', '012', '012.2f', ',',
         ',.2f', '015,.2f', 'z.1f', '.10g', '.20e', '-^15,.3f', ' 08.1e', 'z', '+.0%']
for v in vals:
    d = Decimal(v)
    print(v, [format(d, s) for s in specs])
print('{:>10.2f}|{:,}|{:e}'.format(Decimal('3.14159'), Decimal('1234567'), Decimal('0.5')))
print(f"{Decimal('2.675'):.2f} {Decimal('-1.5'):+g}")
for bad in ['x', '.2d', ',_', '_f', '#.0f', '#g', '.-1f', '10.2.3f', 'c', 's']:
    try:
        print(bad, format(Decimal('1.5'), bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
with localcontext(rounding=ROUND_UP):
    print(format(Decimal('1.21'), '.1f'), format(Decimal('1.21'), '.1e'),
          format(Decimal('1.21'), '.2g'), round(Decimal('1.21'), 1))
with localcontext(rounding=ROUND_FLOOR):
    print(format(Decimal('-1.21'), '.1f'), format(Decimal('1.29'), '.1%'))
with localcontext(capitals=0):
    print(format(Decimal('1e5'), ''), format(Decimal('1e5'), '.3'), format(Decimal('1e5'), 'E'),
          str(Decimal('1e100')), repr(Decimal('1e-100')), Decimal('1e9').to_eng_string())
