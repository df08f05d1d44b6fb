# ** and / on floats and complex numbers as CPython: a negative base to a fractional power
# is complex, powers round as the C library's pow, overflow and zero division errors with
# CPython's messages, complex // and % refused.
tests = ["1j/0", "1/0j", "(1+2j)/(3+4j)", "1j//2", "1j%2", "divmod(1j, 2)", "(1+2j)**2", "(1+2j)**-3",
         "(1+2j)**0.5", "2**(1+1j)", "0j**-1", "0j**1j", "0j**0", "(1e200j)**2", "(-8)**0.5", "(-8)**(1/3)",
         "(-8.0)**3", "(-2)**-1", "2**-1", "10**-2", "2.0**10000", "(-2.0)**10001", "0.0**-1", "0**-1",
         "1.5**2.5", "pow(-8, 0.5)", "pow(2, 0.5)", "(-1)**0.5", "1j**2", "(2+0j)**100", "(1.0000001+0j)**1000",
         "float('nan')**0", "1**float('nan')", "(-0.0)**-1", "(-0.0)**3", "(-27)**(1/3)", "abs(3+4j)",
         "(1+1j)**101", "2**1024.0", "(-2.5)**-3.5", "3**0.5", "7.0**-0.5", "(0.1)**3", "float('inf')**-2",
         "(-float('inf'))**3", "0.5**float('inf')", "(-1.0)**float('inf')", "2**0.5 * 2**0.5", "(2**70)**0.5",
         "(10**400)**0.5", "abs(1e308+1e308j)", "True**0.5", "(-True)**0.5"]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
x = -8
y = 1 / 3
print(x ** y, x ** 2, x ** -2, 2.5 ** x)
z = 3.7
z **= 1.9
print(z)
