# Ordering comparisons between unorderable types raise CPython's TypeError wording,
# whether or not the compiler knows the kind of an operand.

G = "glob"


def known_str(x):
    s = "abc"
    return s < x


def known_int(x):
    n = 3
    return x >= n


def unknown(a, b):
    return a > b


cases = [
    ("1 < 'a'", lambda: 1 < "a"),
    ("'a' <= 1", lambda: "a" <= 1),
    ("2 > None", lambda: 2 > None),
    ("None >= 2", lambda: None >= 2),
    ("G < 1", lambda: G < 1),
    ("known_str(5)", lambda: known_str(5)),
    ("known_int('x')", lambda: known_int("x")),
    ("known_int(None)", lambda: known_int(None)),
    ("unknown([], 1)", lambda: unknown([], 1)),
    ("unknown(1.5, 'x')", lambda: unknown(1.5, "x")),
    ("1 < 2 < 'x'", lambda: 1 < 2 < "x"),
    ("[1] < (1,)", lambda: [1] < (1,)),
    ("{} < {}", lambda: {} < {}),
    ("sorted", lambda: sorted([2, "a", 1])),
    ("max", lambda: max(1, "b")),
    ("'a' < b''", lambda: "a" < b""),
]
for label, f in cases:
    try:
        print(label, f())
    except TypeError as e:
        print(label, "->", e)

print(1 < 2, "a" < "b", known_str("b"), known_int(4), unknown(2, 1), 1 == "a", "a" != 1)
print(1 << 2, 16 >> 2)
try:
    "a" >> 1
except TypeError as e:
    print(e)


def not_caught():
    return 3 < "three"


not_caught()
