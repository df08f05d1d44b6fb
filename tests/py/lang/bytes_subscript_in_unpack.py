# bytes (and bytearray, memoryview) through subscripts, slices, "in" and unpacking, which
# gpython's VM opcodes cannot do; other containers through the same routes.
b = b"abc"
print(b[0], b[-1], b[1:], b[::-1], b[:0], b[5:], b[-2:-1])
x, y, z = b
print(x, y, z)
first, *rest = b
print(first, rest)
*init, last = b"xy"
print(init, last)
print(98 in b, b"bc" in b, 5 in b, 98 not in b, b"" in b, b"ca" not in b)
print(bytearray(b"bc") in b, memoryview(b"ab") in b)

ba = bytearray(b"xyz")
print(ba[0], ba[1:], 120 in ba, b"yz" in ba)
p, q, r = ba
print(p, q, r)
ba[0] += 1
print(ba)
m = memoryview(b"hi")
print(m[0], 104 in m, m[1:].tobytes())

for i in b:
    print(i, end=" ")
print()
print([c for c in b], [(i, c) for i, c in [(0, b[0]), (1, b[1])]])
for k, (u, v) in [(0, b"ab"), (1, b"cd")]:
    print(k, u, v)
print({c: n for c, n in [b"a\x01", b"b\x02"]})
print([a * c for a, c in [b"ab", b"cd"]])

for bad in ("x", 1.5, None):
    try:
        b[bad]
    except TypeError as e:
        print("TypeError:", e)
try:
    b[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "x" in b
except TypeError as e:
    print("TypeError:", e)
try:
    300 in b
except ValueError as e:
    print("ValueError:", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b[0] += 1
except TypeError as e:
    print("TypeError:", e)


def key_of(d, k):
    return d[k]


print(key_of(b"abc", 1), key_of("abc", 1), key_of([1, 2], -1), key_of((1, 2), 0))
print(key_of({"k": 1, (1, 2): 3}, (1, 2)), key_of(b"abcdef", slice(1, None, 2)))
print(key_of(range(10), 3), key_of(range(10), slice(2, 5)))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __contains__(self, x):
        return x == "yes"


class Missing(dict):
    def __missing__(self, k):
        return "missing " + str(k)


s = Seq()
print(s[1], "yes" in s, "no" in s, list(s))
a1, a2, a3 = s
print(a1, a2, a3)
print(Missing(a=1)["a"], Missing()["b"])
d = {"x": [1, 2]}
d["x"][0] += 5
print(d)
print(2 in {1: 2, 2: 3}, 3 in {1, 2}, "b" in "abc", (1, 2) in [(1, 2)], 1 in (1.0,))
s1 = "hello"
print(s1[1], s1[-1:], "ell" in s1)
print([(i, c) for i, c in enumerate(b"xy")], list(enumerate(b"z", 5)))
