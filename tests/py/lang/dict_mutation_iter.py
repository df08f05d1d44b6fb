# Changing a dict's size while iterating it raises RuntimeError.
d = {1: 'a', 2: 'b', 3: 'c'}
it = iter(d)
print(next(it))
d[4] = 'd'
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter(d.items())
next(it)
del d[1]
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
it = iter(d)
d[2] = 'changed value only'
print(next(it), list(it))
