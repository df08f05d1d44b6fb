def outer():
    x = 1
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x *= 10
        inner()
        return x
    return middle(), x

print(outer())

def make_accumulators():
    total = 0
    def add(n):
        nonlocal total
        total += n
    def get():
        return total
    return add, get

add, get = make_accumulators()
for n in range(5):
    add(n)
print(get())

errors = ['nonlocal x', 'def f():\n    nonlocal y\n']
for src in errors:
    try:
        compile(src, 's.py', 'exec')
    except SyntaxError as e:
        print(e.msg)
