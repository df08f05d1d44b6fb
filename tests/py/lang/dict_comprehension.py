# Comprehensions build ordered dicts and sets.
sq = {i: i * i for i in range(6)}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
print({x % 3 for x in range(10)}, {c for c in 'mississippi'} == set('misp'))
print(sorted({w: len(w) for w in 'the quick brown fox'.split()}.items()))
