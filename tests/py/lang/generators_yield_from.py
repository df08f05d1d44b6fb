def inner():
    yield 1
    yield 2
    return 'inner-result'

def outer():
    result = yield from inner()
    print('got', result)
    yield from [10, 20]
    yield from range(2)
    return 'outer-result'

print(list(outer()))

def delegate_send():
    total = 0
    def acc():
        nonlocal total
        while True:
            v = yield total
            if v is None:
                return total
            total += v
    return (yield from acc())

def run_delegate():
    d = delegate_send()
    next(d)
    d.send(5)
    d.send(6)
    final = yield from [None]
    try:
        d.send(None)
    except StopIteration:
        print('delegate stopped')

for _ in run_delegate():
    pass
