def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print('got', x)
    return 'done'

g = gen(3)
print(next(g), g.send('hi'), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop')

def deleg():
    r = yield from gen(2)
    print('r =', r)
    yield 'last'
print(list(deleg()))

print(list(x * x for x in range(5) if x % 2))
print(sum(i for i in range(10)))
print([(i, j) for i in range(3) for j in range(i) if j != 1])
print([[c for c in w] for w in ['ab', 'cd']])
print(sorted({x % 3 for x in range(10)}))
sq = {str(k): k * k for k in range(4)}
print(sq['3'], len(sq))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
lam = lambda: (yield 1)
print(list(lam()))
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
for v in gen_finally():
    print(v)
