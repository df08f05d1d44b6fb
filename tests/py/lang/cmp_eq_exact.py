# == between a big int and a float is exact, as CPython compares them.
print(10 ** 30 == 1e30, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 30 != 1e30)
print(10 ** 30 < 1e30, 10 ** 30 > 1e30)
print(-float('inf') < -10 ** 400)
v = [2 ** 53 + 1, 2.0 ** 53]
print(v[0] == v[1], v[0] != v[1])
