# Changing a set's size during iteration raises RuntimeError.
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
s2 = set(range(5))
total = 0
for x in s2:
    total += x
print(total, sorted(s2, reverse=True))
