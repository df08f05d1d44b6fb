# A cell's cell_contents (read, set, deleted; ValueError when empty), and a metaclass that
# fills __classcell__ with another class (CPython's TypeError).
def f():
    x = 1
    def g(): return x
    return g
c = f().__closure__[0]
print(c.cell_contents); c.cell_contents = 5; print(c.cell_contents, f.__closure__)
del c.cell_contents
try: c.cell_contents
except ValueError as e: print("ValueError", e)
del c.cell_contents
class Other: pass
class M3(type):
    def __new__(m, name, bases, ns):
        cell = ns["__classcell__"]
        r = super().__new__(m, name, bases, ns)
        cell.cell_contents = Other
        return r
try:
    class C(metaclass=M3):
        def f(self): return __class__
except TypeError as e: print("TypeError", e)
