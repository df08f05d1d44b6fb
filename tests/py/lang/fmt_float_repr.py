# Floats print with CPython's shortest repr and exponent thresholds, also inside containers.
vals = [0.1, 0.1 + 0.2, 1e16, 1.5e16, 1e15, 123456789.5, 1e-4, 1e-5, 2.5, -0.0, 1e22, 5e-324, 1.7976931348623157e308, 100.0]
for v in vals:
    print(v, repr(v), str(v))
print(vals[:4], (1e16,), {1.5: 2e-7})
print(float('inf'), float('-inf'), float('nan'), 3 / 2, 10 / 4, 2 ** 0.5)
