# In-place operators mutate the set and keep CPython's iteration order.
x = {1, 2, 3}
y = x
x |= {4}
x &= {1, 2, 4, 5}
x -= {1}
x ^= {2, 9}
print(x, y is x)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)
