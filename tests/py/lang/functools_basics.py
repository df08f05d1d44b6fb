import functools, pickle
def add(a, b, c=0):
    return a + b + c
p = functools.partial(add, 1, c=10)
print(p(2), p.args, p.keywords, p.func is add)
q = functools.partial(p, 5)
print(q(), q.args)
r = pickle.loads(pickle.dumps(p))
print(r(3), type(r).__name__)
print(pickle.dumps(p) == pickle.dumps(r))
print(functools.reduce(lambda x, y: x * y, [1, 2, 3, 4]), functools.reduce(lambda x, y: x + y, [], 7))
@functools.wraps(add)
def w(*a):
    return add(*a)
print(w.__name__, w.__wrapped__ is add)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))
functools.reduce(max, [])
