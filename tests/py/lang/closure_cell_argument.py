# Arguments captured by inner functions live in cells, including *args and **kwargs.
def f(a, *rest, key=None, **extra):
    def g():
        return a, rest, key, sorted(extra)
    a = a + 100
    return g()

print(f(1, 2, 3, key='k', z=1, y=2))

def shadow():
    x = 'before'
    get = lambda: x
    x = 'after'
    return get()

print(shadow())
