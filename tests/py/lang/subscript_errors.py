# Indexing errors of lists, tuples and strs with CPython's wording, through the routed
# subscript (containers whose type the compiler does not know).


def index(c, k):
    return c[k]


for c, k in [("ab", "x"), ("ab", 1.5), ((1,), "x"), ([1], None), ([1], 5), ((1,), 5),
             ("ab", 5), ([1], 2**70), ([1], True), ([1, 2], -3), (b"a", 3), ({}, "k")]:
    try:
        print(repr(index(c, k)))
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print(index([1, 2, 3], slice(None, None, -1)), index("abc", -1), index((1, 2), True))
index([], 0)
