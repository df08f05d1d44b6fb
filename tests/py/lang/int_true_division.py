# int / int is correctly rounded (also beyond a float's range) and a NaN divisor is no ZeroDivisionError.
n = float('nan')
for f in (lambda: 1 / n, lambda: 1 // n, lambda: 1 % n, lambda: divmod(1, n), lambda: 1.5 / n, lambda: n / n, lambda: 2 ** 1100 / 3 ** 600, lambda: 1 / 3, lambda: -7 / 2, lambda: 10 ** 400 / 10 ** 399, lambda: 1 / 10 ** 400, lambda: 10 ** 400 / 3):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
x = 10**30; x /= 7; print(x)
