# The in-place operator methods called explicitly (list.__iadd__ extends by any iterable,
# a type without an in-place method has no such attribute), __index__ fetched as an
# attribute, and the TypeErrors of augmented assignments in CPython's words.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        return
    if isinstance(r, (list, bytearray, set, dict)):
        print(label, "->", type(r).__name__, sorted(r) if isinstance(r, set) else r)
    else:
        print(label, "->", repr(r))


show("list iadd int", lambda: [1].__iadd__(5))
show("list iadd list", lambda: [1].__iadd__([2]))
show("list iadd tuple", lambda: [1].__iadd__((2, 3)))
show("list iadd str", lambda: [1].__iadd__("ab"))
show("list iadd gen", lambda: [1].__iadd__(x for x in range(3)))
show("list imul", lambda: [1, 2].__imul__(2))
show("list imul str", lambda: [1].__imul__("x"))
show("list imul float", lambda: [1].__imul__(2.0))
show("bytearray iadd int", lambda: bytearray(b"a").__iadd__(5))
show("bytearray iadd bytes", lambda: bytearray(b"a").__iadd__(b"b"))
show("bytearray iadd list", lambda: bytearray(b"a").__iadd__([1]))
show("bytearray imul", lambda: bytearray(b"ab").__imul__(3))
show("bytearray imul str", lambda: bytearray(b"a").__imul__("x"))
show("set ior int", lambda: {1}.__ior__(5))
show("set ior list", lambda: {1}.__ior__([2]))
show("set ior set", lambda: {1}.__ior__({2}))
show("set iand", lambda: {1, 2}.__iand__({2}))
show("set isub", lambda: {1, 2}.__isub__({1}))
show("set ixor", lambda: {1}.__ixor__({3}))
show("set ixor int", lambda: {1}.__ixor__(5))
show("dict ior int", lambda: {1: 2}.__ior__(5))
show("dict ior dict", lambda: {1: 2}.__ior__({3: 4}))
show("dict ior pairs", lambda: {1: 2}.__ior__([(3, 4)]))
show("dict ior bad", lambda: {1: 2}.__ior__([3]))
show("list.__iadd__", lambda: list.__iadd__([1], (2,)))
show("set.__ior__", lambda: set.__ior__({1}, 3))
show("getattr iadd", lambda: getattr([1], "__iadd__")(5))

for obj in [(), 5, 2**70, 1.5, "s", b"b", frozenset(), True, None, [], bytearray(), set(), {}]:
    print(type(obj).__name__, [n for n in ("__iadd__", "__imul__", "__ior__", "__iand__", "__isub__", "__ixor__") if hasattr(obj, n)])
show("tuple.__iadd__", lambda: (1,).__iadd__)
show("int.__ior__", lambda: (5).__ior__)

show("index", lambda: (5).__index__())
show("index bool", lambda: True.__index__())
show("index big", lambda: (2**70).__index__())
show("index getattr", lambda: getattr(7, "__index__")())
show("float index", lambda: (1.5).__index__)

x = [1]
y = x
x += (2,)
x *= 2
print(x is y, y)
s = {1}
s2 = s
s |= {2}
s &= {1, 2, 3}
s -= {9}
s ^= {4}
print(s is s2, sorted(s2))
d = {1: 2}
d |= [(5, 6)]
print(d)

for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    for a, b in [("5", "'a'"), ("{1}", "[3]"), ("(1,)", "[2]"), ("[1]", "{1}"), ("'s'", "5"),
                 ("b'x'", "'s'"), ("None", "None"), ("{1: 2}", "[1]"), ("1.5", "'a'")]:
        for src in (f"x = {a}\nx {op}= {b}", f"x = {a}\nx = x {op} {b}"):
            try:
                exec(src, {})
                print(src.replace("\n", "; "), "ok")
            except Exception as e:
                print(src.replace("\n", "; "), "!", type(e).__name__, e)


def known_int(n, other):
    n = n + 0
    n -= other
    return n


show("known int -=", lambda: known_int(5, "a"))
