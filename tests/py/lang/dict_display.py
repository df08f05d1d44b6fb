d = {1: 'one', (2, 3): 'tuple', 'k': 'str', 2.5: 'float', None: 'none'}
print(d)
print(list(d), d[(2, 3)], d[None])
order = {'z': 1, 'a': 2, 'm': 3}
print(list(order.keys()), list(order.values()))
print({}, {'x': {'y': 1}})
big = {i: i * i for i in range(6)}
print(big)
keys = {k: v for k, v in zip('abc', range(3)) if v}
print(keys)
