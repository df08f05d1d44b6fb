# Variable annotations (PEP 526): the values are assigned, the annotations ignored.
x: int = 5
y: 'str'
name: list[int] = [1, 2]
class P:
    a: int
    b: str = 'bee'
    def __init__(self):
        self.c: float = 1.5
def f():
    z: dict = {'k': 1}
    return z
print(x, name, P.b, P().c, f())
lam = lambda: 0
d = {1: 2}
if x: print('if ok')
print(d[1], lam())
