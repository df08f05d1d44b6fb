funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def make():
    out = []
    for n in range(3):
        def f():
            return n
        out.append(f)
    return [f() for f in out]

print(make())
