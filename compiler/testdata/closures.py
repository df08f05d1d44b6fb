def retry(n):
    def deco(f):
        def wrapper(*a):
            r = None
            for i in range(n):
                r = f(*a)
            return (n, r)
        return wrapper
    return deco

@retry(3)
def add(a, b):
    return a + b

print(add(1, 2))

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
c(); c(5)
print(c())

def outer():
    x = 1
    def mid():
        y = 2
        def inner():
            return x + y
        return inner
    return mid()()
print(outer())

def cellarg(a, b):
    def g():
        return a * 10 + b
    a += 1
    return g()
print(cellarg(1, 2))

fs = [lambda i=i: i * i for i in range(4)]
print([f() for f in fs])

def make():
    fns = []
    for i in range(3):
        def f(j=i):
            return j
        fns.append(f)
    return [f() for f in fns]
print(make())

x = 10
def g():
    global x
    x = 20
g()
print(x)

def shadow():
    x = 'local'
    def h():
        return x
    x = 'changed'
    return h()
print(shadow())

def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(2)(3)(4))
