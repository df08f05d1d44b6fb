def countdown(n):
    while n > 0:
        yield n
        n -= 1

print(list(countdown(4)))

def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received

def driver():
    got = yield from echo()
    print('returned', got)

g = driver()
print(next(g), g.send('a'), g.send('b'))
try:
    next(g)
except StopIteration:
    print('stopped')

gen = (x * x for x in range(5) if x % 2 == 0)
print(list(gen), sum(i for i in range(4)))
