# The matrix multiplication operator (PEP 465): @ and @= through __matmul__,
# __rmatmul__ and __imatmul__, NotImplemented, subclass priority, and the errors.


class M:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if not isinstance(other, M):
            return NotImplemented
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, other):
        return ("rmatmul", other)

    def __repr__(self):
        return "M(%r)" % (self.rows,)


a = M([[1, 2], [3, 4]])
b = M([[5, 6], [7, 8]])
print(a @ b)
print(3 @ a)
print(a @ b @ a)


class InPlace(M):
    def __imatmul__(self, other):
        self.rows = [[x * 10 for x in r] for r in self.rows]
        return self


c = InPlace([[1]])
d = c
c @= M([[2]])
print(c, c is d)
e = M([[1, 1]])
f = e
e @= M([[1], [1]])
print(e, e is f)


class Sub(M):
    def __rmatmul__(self, other):
        return "Sub.__rmatmul__ first"


print(M([[1]]) @ Sub([[1]]))


class Log:
    def __matmul__(self, other):
        print("matmul", type(other).__name__)
        return NotImplemented


class R:
    def __rmatmul__(self, other):
        return "R.__rmatmul__(%s)" % type(other).__name__


print(Log() @ R())


def report(src, ns):
    try:
        exec(src, ns)
        print(src, "->", ns.get("x"))
    except TypeError as exc:
        print(src, "->", type(exc).__name__, exc)


for src in ["x = 1 @ 2", "x = [1] @ [2]", "x = 1\nx @= 2", "x = Log() @ 1", "x = 'a' @ M([[1]])",
            "x = M([[1]]) @ 5"]:
    report(src, {"M": M, "Log": Log})
print((lambda p, q: p @ q)(a, b))
