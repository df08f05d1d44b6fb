# "+" of a str, list, tuple or bytes with another type: CPython's messages, also where the
# compiler keeps the fast instruction (a number on the right).
def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
s, l, tp, b, n = "s", [1], (1,), b"x", 1
t(lambda: s + 1)
t(lambda: l + 1)
t(lambda: tp + 2.5)
t(lambda: b + 1)
t(lambda: n + s)
t(lambda: s + None)
def g():
    x = "a"
    x += 1
t(g)
class O:
    pass
t(lambda: O() + 1)
t(lambda: s + O())
