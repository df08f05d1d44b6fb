vals = [2.675, 2.5, 3.5, -2.5, 0.5, 1.5, 0.125, 0.375, 1234.5678, -1234.5678, 1e300, 5e-324,
        0.1, 0.15, 0.25, 0.35, 2.567, 1.005, 123456789.987654321, -0.5, 0.0, -0.0]
for v in vals:
    print(repr(v), round(v), [round(v, n) for n in (0, 1, 2, 3, -1, -2, 5)])
for v in [0, 5, 15, 25, 1250, -1250, 1350, 2**70 + 12345, True]:
    print(v, round(v), round(v, -1), round(v, -2), round(v, 2), round(v) == v)
for bad in [float('inf'), float('nan')]:
    try:
        round(bad)
    except ValueError as e:
        print('ValueError', e.args)
    except TypeError as e:
        print('TypeError', e.args)
    except OverflowError as e:
        print('OverflowError', e.args)
    except KeyError as e:
        print('KeyError', e.args)
    print(round(bad, 2))
try:
    round(1.5, 1.0)
except TypeError as e:
    print('TypeError', e.args)
try:
    round('x')
except TypeError as e:
    print('TypeError', e.args)
print(int(True), int(False), int(-2.7), int(1e20), bool(0), bool([]), bool('x'), bool())
