# Tuple concatenation, identity and sum() of sequences (gpython's own are wrong or crash).
a = (1, 2, 3)
b = (4,)
print(a + b, b + a, () + a, a + ())
t = (1,)
u = t
t += (2, 3)
print(t, u, t is u, t is not u)
x = [1]
y = x
x += [2]
print(x is y, y)
def pairs(*args):
    return args + ("end",)
print(pairs(1, 2), pairs())
kw = {}
e1, e2 = (), tuple()
print(kw is kw, a is a, a is b, e1 is e2)
d = {"k": (1,)}
d["k"] += (2, 3)
print(d)
class O:
    pass
o = O()
o.t = ()
o.t += (1, 2)
print(o.t)
print(sum([(1,), (2, 3), (4, 5, 6)], ()), sum([[1], [2, 3]], []), sum([1.5, 2], 1))
for expr in ['sum(["a"], "")', 'sum([b"a"], b"")', 'sum(5)', '(1,) + [2]', '[1] + (2,)', '"a" + 1', 'sum([1], start=2)']:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", e)
l = [1, 2]
alias = l
l *= 2
print(alias, l is alias)
o.l = [0]
k = o.l
o.l *= 3
print(k)
t = (1,)
t *= 3
print(t)
try:
    l *= "x"
except TypeError as e:
    print(e)
