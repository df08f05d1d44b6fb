# PEP 646: *args annotated with a starred expression: the one item it unpacks to, CPython's
# errors when it unpacks to more or is not iterable.
class Ts:
    def __iter__(self): return iter(["unpacked"])
def f(*args: *Ts()): pass
print(f.__annotations__)
try:
    def g(*args: *[1, 2]): pass
except ValueError as e: print(e)
try:
    def g(*args: *5): pass
except TypeError as e: print(e)
