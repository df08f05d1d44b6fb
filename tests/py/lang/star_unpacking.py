a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*init, last = 'abc'
print(init, last)
first, *rest = range(3)
print(first, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
[p, q] = 'pq'
print(p, q)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2, 3], **{'k': 4}))
