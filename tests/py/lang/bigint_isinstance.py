big = 2 ** 70
print(isinstance(big, int), isinstance(-big, (str, int)), isinstance(big, float))
print(type(big).__name__, big // 2 ** 68, big > 10 ** 20)
print(issubclass(type(big), int))
try:
    raise ValueError(big)
except ValueError as e:
    print(isinstance(e.args[0], int))
