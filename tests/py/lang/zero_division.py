# ZeroDivisionError has CPython's message for each operator and type; 0 ** -1 raises instead
# of returning inf. Constant, variable and in-place operands, builtins divmod() and pow().


def show(label, f):
    try:
        print(label, repr(f()))
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)


zero, fzero, big, one, fone = 0, 0.0, 2 ** 70, 1, 1.0


def var(v):
    return v


show("1 / 0", lambda: 1 / 0)
show("1 // 0", lambda: 1 // 0)
show("1 % 0", lambda: 1 % 0)
show("1.0 / 0", lambda: 1.0 / 0)
show("1.0 // 0", lambda: 1.0 // 0)
show("1.0 % 0", lambda: 1.0 % 0)
show("1 / 0.0", lambda: 1 / 0.0)
show("1 // 0.0", lambda: 1 // 0.0)
show("1 % -0.0", lambda: 1 % -0.0)
show("0 ** -1", lambda: 0 ** -1)
show("0.0 ** -1", lambda: 0.0 ** -1)
show("0 ** -1.5", lambda: 0 ** -1.5)
show("0 ** -(2**70)", lambda: 0 ** -(2 ** 70))
show("one / zero", lambda: one / zero)
show("one // zero", lambda: one // zero)
show("one % zero", lambda: one % zero)
show("fone // zero", lambda: fone // zero)
show("fone % fzero", lambda: fone % fzero)
show("one // fzero", lambda: one // fzero)
show("zero ** -one", lambda: zero ** -one)
show("fzero ** -1", lambda: fzero ** -1)
show("big // 0", lambda: big // 0)
show("big % 0", lambda: big % 0)
show("big / 0", lambda: big / 0)
show("var(5) // var(0)", lambda: var(5) // var(0))
show("var(5.5) // var(0)", lambda: var(5.5) // var(0))
show("var(5) % var(0.0)", lambda: var(5) % var(0.0))
show("var(0) ** var(-2)", lambda: var(0) ** var(-2))
show("divmod(1, 0)", lambda: divmod(1, 0))
show("divmod(big, 0)", lambda: divmod(big, 0))
show("divmod(1.0, 0)", lambda: divmod(1.0, 0))
show("divmod(1, 0.0)", lambda: divmod(1, 0.0))
show("divmod(5, -0.0)", lambda: divmod(5, -0.0))
show("pow(0, -1)", lambda: pow(0, -1))
show("pow(0.0, -1)", lambda: pow(0.0, -1))
show("pow(zero, -2)", lambda: pow(zero, -2))


def inplace(op):
    v = 7
    if op == "/":
        v /= zero
    elif op == "//":
        v //= zero
    elif op == "%":
        v %= zero
    else:
        v = 0
        v **= -1
    return v


for op in ["/", "//", "%", "**"]:
    show("v " + op + "= 0", lambda: inplace(op))

# The fast paths stay right.
x, fx = 17, 17.5
print(x % 5, x // 3, x ** 2, x / 2, fx // 2, fx % 2, -x % 5, x // -5, x % -5.0, 2 ** -1)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 2), pow(2, 10), pow(2.0, -2), pow(2, -1))
print("%d items" % 3, "%s" % zero)
s = "%d-%d"
s %= (1, 2)
print(s)
print(1 // 0)
