def show(*args, **kwargs):
    return args, sorted(kwargs.items())

args = [1, 2]
kwargs = {'b': 2, 'a': 1}
print(show(*args))
print(show(**kwargs))
print(show(0, *args, x=9, **kwargs))
print(show(*'ab'))
print(show(*(i for i in range(3))))
try:
    show(**{1: 2})
except TypeError as e:
    print('TypeError')
