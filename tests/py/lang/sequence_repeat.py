# "*" repeats bytes by an int, and str, bytes, lists and tuples by an object with __index__.


class Three:
    def __index__(self):
        return 3


class NoIndex:
    pass


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b, n = b"ab", 2
show("b'ab' * 2", lambda: b"ab" * 2)
show("2 * b'ab'", lambda: 2 * b"ab")
show("b * n", lambda: b * n)
show("n * b", lambda: n * b)
show("b * 0", lambda: b * 0)
show("b * -1", lambda: b * -1)
show("b * True", lambda: b * True)
show("'ab' * Three()", lambda: "ab" * Three())
show("Three() * 'ab'", lambda: Three() * "ab")
show("[0] * Three()", lambda: [0] * Three())
show("(1,) * Three()", lambda: (1,) * Three())
show("b * Three()", lambda: b * Three())
show("'ab' * NoIndex()", lambda: "ab" * NoIndex())
show("b * 1.5", lambda: b * 1.5)
show("b * b", lambda: b * b)
show("[0] * 2.0", lambda: [0] * 2.0)
x = b"x"
x *= 3
print(x)
l = [1]
m = l
l *= Three()
print(l, m is l)
s = "ab"
s *= Three()
print(s)
