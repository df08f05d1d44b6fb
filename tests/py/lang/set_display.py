s = {3, 1, 2, 1}
print(len(s), sorted(s), 2 in s)
t = {(1, 2), (1, 2), 'x'}
print(len(t), (1, 2) in t)
evens = {n for n in range(10) if n % 2 == 0}
print(sorted(evens))
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {1})
print(sorted({c for c in 'hello'}))
