# Numbers compare across int, float and bool, exactly, with NaN unordered.
print(1 == 1.0, True == 1, 2 ** 70 < 2 ** 70 + 1, 2 ** 53 + 1 > 2.0 ** 53)
big, f = 10 ** 30, 1e30
print(big < f, big > f, big <= f, 2 ** 53 + 1 > 2.0 ** 53)
nan = float('nan')
print(nan == nan, nan < 1, nan > 1, 1 < float('inf'), -float('inf') < -10 ** 400)
print(sorted([3, 1.5, True, 0, -2.5]), max(1, 1.0), min(1.0, 1), 0.1 + 0.2 == 0.3)
