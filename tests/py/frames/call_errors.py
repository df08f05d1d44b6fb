# The TypeErrors of calls whose arguments do not fit the parameters, CPython 3.11's wording
# (qualified names).


class C:
    def m(self, a, b=1, *, c, d=2):
        pass

    def n(self):
        pass


def f(a, b, c, d):
    pass


def g(*, k):
    pass


def h(a, b=2):
    pass


def outer():
    def inner(x):
        pass
    return inner


tests = [
    lambda: C().m(),
    lambda: C().m(1, 2, 3),
    lambda: C().m(1, c=1, e=2),
    lambda: C().m(1, a=2, c=3),
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: C().n(1),
    lambda: g(1),
    lambda: g(1, k=2),
    lambda: h(1, 2, 3),
    lambda: f(1, 2, 3, 4, 5),
    lambda: C().m(1, 2, 3, c=1),
    lambda: C().m(1, 2, 3, c=1, d=3),
    lambda: g(),
    lambda: (lambda x: 0)(),
    lambda: outer()(),
    lambda: outer()(1, 2),
    lambda: h(b=1),
    lambda: h(1, 2, b=3),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)


def kwargs_ok(a, *args, **kwargs):
    return a, args, sorted(kwargs.items())


print(kwargs_ok(1, 2, 3, x=4, y=5))
print(kwargs_ok(a=1))
