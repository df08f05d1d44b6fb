# A generator suspended inside an except clause does not lend its exception to other code.
def parse(lines):
    for l in lines:
        try:
            yield int(l)
        except ValueError:
            yield None
            print("resumed in handler")
g = parse(["1", "x", "3"])
print(next(g), next(g))
try:
    raise KeyError("consumer")
except KeyError as e:
    print("consumer ctx:", e.__context__)
print(list(g))
def nested():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            yield 1
        raise RuntimeError("after")
n = nested()
next(n)
try:
    next(n)
except RuntimeError as e:
    print(repr(e.__context__))
abandoned = parse(["z"])
next(abandoned)
del abandoned
try:
    raise TypeError("later")
except TypeError as e:
    print("later ctx:", e.__context__)
print(sum(x for x in [1, 2]))
