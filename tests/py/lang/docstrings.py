"""Module docstring."""

def f():
    """Function docstring."""
    return 1

def g():
    x = 'not a docstring'
    return x

class C:
    """Class docstring."""
    def m(self):
        "method doc"

print(__doc__)
print(f.__doc__, g.__doc__)
print(C.__doc__, C.m.__doc__)
print((lambda: 0).__doc__)
