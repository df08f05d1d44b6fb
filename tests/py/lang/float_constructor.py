# float() from str, int and bool; a bad string gives CPython's message.
print(float('1.5'), float(' 2 '), float('inf'), float('-1e3'), float(3), float(True))
try:
    float('1.2.3')
except ValueError as e:
    print(e)
