# vars() and dir() without arguments read the caller's namespace: a function's locals
# (arguments, cells, free variables), a class body, a generator, a comprehension, the module.
x = 1
print([k for k in dir() if not k.startswith("__")])
print(sorted(k for k in vars() if not k.startswith("__")))
print(vars()["x"], "x" in vars())


def f(a, b=2, *args, **kw):
    c = 3
    print(sorted(vars().items()))
    print(dir())
    d = 4
    print(dir())


f(1)
f(1, 5, 6, k=7)


def outer():
    v = 5

    def inner():
        print(v, vars())
        print(locals())
    inner()
    return sorted(vars())


print(outer())


class C:
    y = 2
    print(vars())

    def m(self):
        return dir()
    print(sorted(vars()), dir())


print(C().m())


def gen():
    a = 1
    yield dir()
    b = 2
    yield sorted(vars().items())


print(list(gen()))
print([dir() for i in range(2)])
print(sorted({k for k in vars() if k == "x"}))


def shadow():
    vars = lambda: "my vars"
    return vars()


print(shadow())
dir = lambda: "my dir"
print(dir())
del dir
print("f" in dir())
print(type(vars()).__name__, vars()["x"])
try:
    dir(1, 2)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
try:
    vars(1)
except TypeError as e:
    print(e)
