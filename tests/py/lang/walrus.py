# Assignment expressions (PEP 572): where they bind, what they return, and their errors.
import sys

if (n := len("hello")) > 3:
    print("n", n)

data = iter([3, 2, 1, 0, 5])
while (v := next(data)) != 0:
    print("v", v)

# in a comprehension the target binds in the enclosing scope
print([last := x * 2 for x in range(4)], last)
print({k: (m := k + 1) for k in range(3)}, m)
print(any((hit := w).startswith("b") for w in ["ant", "bee", "cat"]), hit)


def f():
    total = 0
    vals = [total := total + i for i in range(5)]
    return vals, total


print(f())


def outer():
    def inner():
        [probe := i for i in "abc"]
        return probe
    return inner()


print(outer())


class C:
    # a plain walrus binds in the class (one in a comprehension is refused, below)
    (attr := 10)


print(C.attr)


def g(x):
    return (y := x + 1, y * 2)


print(g(4))
print((lambda: (z := 7) + z)())
print([(a, b) for a in range(3) if (b := a * a) > 0])
print(f"{(q := 3)} {q}")

src = [
    "[i := 0 for i in range(3)]",
    "[j for j in range(3) if (j := 1)]",
    "class D:\n    [k := 1 for x in range(2)]\n",
    "(a.b := 1)",
    "x := 1",
    "[(y := 1) for y in [[1]] for z in y]",
    "def h():\n    [w for w in range(3) for _ in iter(lambda: (w := 1), 0)]\n",
]
for s in src:
    try:
        compile(s, "<s>", "exec")
        print("compiled", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
sys.stdout.flush()
