# Ordering unrelated types raises CPython's TypeError.
pairs = [(1, 'a'), ('a', 1), (None, 0), ([1], (1,)), ({1}, 1), ((1, 'a'), (1, 2))]
for a, b in pairs:
    try:
        a < b
    except TypeError as e:
        print('TypeError', e)
try:
    sorted([3, 'x', 1])
except TypeError as e:
    print('TypeError', e)
print(1 == 'a', [1] == (1,), None == 0)
