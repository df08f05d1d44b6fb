# Arithmetic on bools: a bool is the int 0 or 1 for every operator, except that &, | and ^
# between two bools give a bool. Literals, variables, parameters, comparisons and "not".


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def params(a, b):
    return [a + b, a - b, a * b, a / 2, a // 1, a % 2, a ** 2, a << b, a >> b,
            a & b, a | b, a ^ b, -a, +a, ~a, abs(a), a & 3, 3 | a, a + 1.5]


t, f = True, False
show("True + True", lambda: True + True)
show("True - False", lambda: True - False)
show("True * True", lambda: True * True)
show("-True", lambda: -True)
show("~True", lambda: ~True)
show("+True", lambda: +True)
show("~False", lambda: ~False)
show("True / 2", lambda: True / 2)
show("True // 1", lambda: True // 1)
show("True % 2", lambda: True % 2)
show("True ** 2", lambda: True ** 2)
show("True & True", lambda: True & True)
show("True | False", lambda: True | False)
show("True ^ True", lambda: True ^ True)
show("True << True", lambda: True << True)
show("t + f", lambda: t + f)
show("t - t", lambda: t - t)
show("t / t", lambda: t / t)
show("f / t", lambda: f / t)
show("t // t", lambda: t // t)
show("t % t", lambda: t % t)
show("t ** f", lambda: t ** f)
show("f ** f", lambda: f ** f)
show("t / f", lambda: t / f)
show("t // f", lambda: t // f)
show("t % f", lambda: t % f)
show("abs(t)", lambda: abs(t))
show("abs(False)", lambda: abs(False))
show("divmod(t, t)", lambda: divmod(t, t))
show("pow(t, t)", lambda: pow(t, t))
show("pow(t, 2, 2)", lambda: pow(t, 2, 2))
show("(1 < 2) + (2 < 3)", lambda: (1 < 2) + (2 < 3))
show("(not 0) * 5", lambda: (not 0) * 5)
show("-(1 == 1)", lambda: -(1 == 1))
show("t + 'a'", lambda: t + 'a')
show("t * 'ab'", lambda: t * 'ab')
show("'ab' * t", lambda: 'ab' * t)
show("[1] * t", lambda: [1] * t)
print(params(True, True))
print(params(False, True))
print([type(x).__name__ for x in params(True, False)])

x = True
x += True
print("x += True", type(x).__name__, x)
y = False
y |= True
print("y |= True", type(y).__name__, y)
y &= 1
print("y &= 1", type(y).__name__, y)
z = True
z -= True
z *= 2
print("z", type(z).__name__, z)
n = 0
for flag in [True, False, True, True]:
    n += flag
print("count", n)
print(sum([True, True, False]), sum([True], True))

# Unary operators on what has none: CPython's wording.
for v in [None, "s", [1]]:
    for name, op in [("-", lambda: -v), ("+", lambda: +v), ("~", lambda: ~v)]:
        show(name + type(v).__name__, op)
