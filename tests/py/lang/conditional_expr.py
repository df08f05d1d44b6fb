for n in (-2, 0, 3):
    sign = 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
    print(n, sign)
print([i if i % 2 else -i for i in range(5)])
f = lambda v: 'big' if v > 10 else 'small'
print(f(11), f(1))
print(0 or 'default', 'x' and 'y', None or 0 or [] or 'last')
print(not 0, not [1], not not '')
