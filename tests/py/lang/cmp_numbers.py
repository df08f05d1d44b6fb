# Numbers compare across int, float and bool, exactly, with NaN unordered.
v = [1, 1.0, True, 2 ** 70, 2 ** 70 + 1, 2 ** 53 + 1, 2.0 ** 53, 10 ** 30, 1e30, -10 ** 400]
print(v[0] == v[1], v[2] == v[0], v[3] < v[4], v[5] > v[6], v[7] < v[8], v[7] > v[8], v[7] <= v[8])
nan, inf = float('nan'), float('inf')
w = [nan, 1, inf, -inf, v[9], -1e308]
print(w[0] == w[0], w[0] < w[1], w[0] > w[1], w[1] < w[2], w[3] < w[4], w[4] < w[5], w[2] > -w[4])
print(sorted([3, 1.5, True, 0, -2.5, 2 ** 64, -1e30]), max(1, 1.0), min(1.0, 1), 0.1 + 0.2 == 0.3)
print(type(2 ** 70).__name__, type(-10 ** 400).__name__)
