# round() is correctly rounded like CPython (half to even on the exact binary value).
for v in [2.675, 2.5, 3.5, -2.5, 0.5, 0.125, 1234.5678, 0.15, 0.25, 1.005, -0.5]:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(7, 2), round(True))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(5, -1)).__name__)
for bad in (float('inf'), float('nan')):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print('TypeError', e)
