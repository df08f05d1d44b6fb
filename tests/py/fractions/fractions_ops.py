# fractions: construction from every type and string form, the arithmetic with ints,
# floats, complex numbers and other Fractions, rounding, limit_denominator, hashing equal
# to CPython's, comparisons, reprs, errors, pickling and a Queue.
import math
import pickle
from fractions import Fraction as F
from multiprocessing import Process, Queue


def show(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)


def child(q):
    x = q.get()
    q.put(x * 3 + F(1, 7))


if __name__ == '__main__':
    for e in ["F()", "F(7)", "F(-6, 4)", "F(6, -4)", "F(0, -5)", "F(F(1, 3), F(2, 9))", "F(1.5)", "F(0.1)", "F(-0.0)", "F(True)", "F(2**70, 3**40)",
              "F('3')", "F(' -3/4 ')", "F('1.25')", "F('.5')", "F('5.')", "F('1e3')", "F('1.5E-2')", "F('1_000.000_1')", "F('-0')", "F('+7/21')",
              "F('1/0')", "F(1, 0)", "F('abc')", "F('1/2/3')", "F('1 /2')", "F('1.2/3')", "F(1.5, 2)", "F('inf')", "F(float('nan'))", "F(float('inf'))",
              "F(1+2j)", "F([])", "F(1, 'x')", "F.from_float(0.25)", "F.from_float(3)", "F.from_float('x')", "F(1, 3).as_integer_ratio()",
              "F(1, 3) + F(1, 6)", "F(1, 3) - 1", "1 - F(1, 3)", "F(2, 3) * F(9, 4)", "F(2, 3) / F(4, 9)", "F(2, 3) / 0", "3 / F(3, 4)",
              "F(7, 2) // F(1, 3)", "F(-7, 2) // 2", "7 // F(2)", "F(7, 2) % F(1, 3)", "F(-7, 2) % 2", "divmod(F(7, 2), F(2, 3))", "divmod(5, F(2, 3))",
              "F(2, 3) ** 3", "F(2, 3) ** -3", "F(-2, 3) ** -3", "F(4, 9) ** F(1, 2)", "F(4, 9) ** 0.5", "2 ** F(3)", "2 ** F(1, 2)", "F(1, 2) ** 1j",
              "F(1, 2) + 0.25", "0.25 + F(1, 2)", "F(1, 2) + 1j", "1j * F(1, 2)", "F(1, 2) + 'x'", "+F(3, 4)", "-F(3, 4)", "abs(F(-3, 4))",
              "int(F(-7, 2))", "float(F(1, 3))", "complex(F(1, 2))", "math.trunc(F(-7, 2))", "math.floor(F(-7, 2))", "math.ceil(F(-7, 2))",
              "round(F(5, 2))", "round(F(7, 2))", "round(F(-5, 2))", "round(F(1, 3), 2)", "round(F(12345, 1), -2)", "round(F(25, 100), 1)",
              "bool(F(0))", "bool(F(1, 9))", "F(1, 2) == 0.5", "F(1, 3) == 1 / 3", "F(1, 2) == F(2, 4)", "F(2) == 2", "F(1, 2) == 0.5 + 0j",
              "F(1, 2) < 0.6", "F(1, 2) > F(1, 3)", "F(1, 2) <= 1", "F(1, 2) < float('inf')", "F(1, 2) > float('nan')", "F(1, 2) < 'x'",
              "sorted([F(1, 2), 0.4, 1, F(1, 3)])", "max(F(1, 2), F(2, 3))", "sum([F(1, 3)] * 3)",
              "[hash(x) for x in (F(1, 2), F(-1, 2), F(10**20, 3), F(1, 2**61 - 1), F(5), F(-1))]", "hash(F(1, 2)) == hash(0.5)", "hash(F(7)) == hash(7)",
              "F(3141592653589793, 10**15).limit_denominator(10)", "F(3141592653589793, 10**15).limit_denominator(1000)", "F(1, 3).limit_denominator(0)",
              "F(4321, 8765).limit_denominator(10000)", "F(-7, 3).limit_denominator(2)", "repr(F(1, 3))", "str(F(1, 3))", "str(F(4, 2))", "F(1, 3).numerator",
              "F(1, 3).denominator", "F(1, 3).real", "F(1, 3).imag", "F(1, 3).conjugate()", "math.isclose(F(1, 3), 1 / 3)", "'%s|%r' % (F(1, 2), F(1, 2))"]:
        show(e)
    for proto in range(6):
        print(pickle.dumps(F(1, 3), proto))
    q = Queue()
    p = Process(target=child, args=(q,))
    p.start()
    q.put(F(2, 5))
    p.join()
    print(q.get())
