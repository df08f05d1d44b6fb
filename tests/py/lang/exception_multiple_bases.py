class A(ArithmeticError, TypeError): pass
print(A.__mro__)
try:
    raise A("x")
except TypeError as e:
    print("caught", repr(e))
for bases in [(OSError, TypeError), (OSError, ImportError), (KeyError, ValueError), (StopIteration, ValueError), (SyntaxError, ValueError), (UnicodeDecodeError, ValueError), (int, ValueError), (SystemExit, OSError), (NameError, AttributeError), (AttributeError, ValueError)]:
    try:
        C = type("C", bases, {})
        print(bases, "ok")
    except TypeError as e:
        print(bases, e)
