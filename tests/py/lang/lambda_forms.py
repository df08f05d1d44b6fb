add = lambda a, b=2: a + b
print(add(1), add(1, 5))
kw = lambda *args, sep='-', **kw: sep.join(map(str, args)) + str(sorted(kw))
print(kw(1, 2, 3), kw(4, sep='+', z=1))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print((lambda: 'immediate')())
