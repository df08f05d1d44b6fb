def f(a, b=2, *args, c, d=4, e, **kw):
    return a, b, args, c, d, e, sorted(kw.items())

print(f(1, c=3, e=5))
print(f(1, 20, 30, 40, e=50, c=30, z=0))

def g(*, z=26, a, m=13):
    return a, m, z

print(g(a=1))
print(g(m=2, a=1, z=3))
try:
    f(1)
except TypeError as e:
    print('TypeError', e)
