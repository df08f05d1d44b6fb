# __slots__: declared attributes work, others raise AttributeError, no __dict__.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
p.y = 2
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    __slots__ = ("z",)
q = Q(5)
q.z = 6
print(q.x, q.z)
class R(P):
    pass
r = R(7)
r.extra = 8
print(r.x, r.extra, vars(r))
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
print(type(P.x).__name__)
