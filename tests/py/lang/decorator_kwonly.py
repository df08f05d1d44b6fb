def passthrough(f):
    return f

@passthrough
def f(a, *, b, c=3, d, e=5):
    return a, b, c, d, e

print(f(1, b=2, d=4))
print(f(1, d=40, b=20, c=30, e=50))
print(f.__kwdefaults__['c'], f.__kwdefaults__['e'])

def g(*, x=1, y, z=3):
    return x, y, z

print(g(y=2))
try:
    g()
except TypeError as e:
    print('TypeError', e)
