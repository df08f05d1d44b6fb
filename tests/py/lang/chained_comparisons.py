def between(a, b, c):
    return a < b < c

print(between(1, 2, 3), between(3, 2, 1), between(1, 1, 2))
print(1 < 2 <= 2 < 3 != 4, 1 == 1 == 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
print((1, 2) < (1, 3), [1, 2] < [1, 2, 0], (2,) > (1, 9), 'abc' < 'abd')
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
x = 5
print(0 <= x < 10, x is not None, 3 in [1, 2, 3] not in [[]])
