# list.sort with key= and reverse=, stable; errors leave TypeError.
l = [5, 2, 8, 1]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort()
print(pairs)
mixed = [1, 'a', 2]
try:
    mixed.sort()
except TypeError as e:
    print('TypeError', e)
try:
    l.sort(lambda x: x)
except TypeError as e:
    print('TypeError', e)
