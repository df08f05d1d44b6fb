# __doc__, __name__, __qualname__ and type names of modules, functions, methods and builtins.
import sys, os
print(type(sys.__doc__).__name__, sys.__name__, os.__name__, type(os).__name__, sys.__class__.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__, outer.__class__.__name__, (lambda: 0).__name__)
class K:
    "doc K"
    def m(self):
        "doc m"
print(K().__doc__, K.m.__doc__, K().m.__doc__, K().m.__name__, K.__module__, K().__module__)
print(int.__doc__ is not None, object.__doc__[:10])
print(len.__name__, len.__doc__ is not None, type(len).__name__, type(K().m).__name__, type(outer).__name__)
