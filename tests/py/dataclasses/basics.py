from dataclasses import *
import dataclasses
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point.__doc__, p == Point(1, 2), p != Point(1, 3))
try: Point()
except TypeError as e: print(e)
print([(f.name, f.type, "MISSING" if f.default is MISSING else f.default, f.init, f.kw_only, f._field_type) for f in fields(Point)])
print(Point.__dataclass_params__)
print(Point.__match_args__, Point.__hash__)
print(Point.__init__.__annotations__, Point.__init__.__qualname__)
@dataclass(order=True, frozen=True)
class V:
    a: float
    b: list = field(default_factory=list, compare=False)
    c: int = field(default=3, repr=False)
v = V(1.5)
print(v, v < V(2), hash(v) == hash(V(1.5, [1])), V.__doc__)
try: v.a = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del v.a
except AttributeError as e: print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: str
except TypeError as e: print(e)
try:
    @dataclass
    class Sub(V): pass
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class Sub2(Point): pass
except TypeError as e: print(e)
print(asdict(p), astuple(p), replace(p, y=9))
@dataclass
class Tree:
    name: str
    kids: list = field(default_factory=list)
t = Tree('a', [Tree('b'), Tree('c', [Tree('d')])])
print(asdict(t)); print(astuple(t)); print(t)
t.kids.append(t); print(t)
C = make_dataclass('C', ['x', ('y', int), ('z', int, field(default=5))], namespace={'add': lambda self: self.x + self.y})
c = C(1, 2); print(c, c.add(), C.__doc__)
print(is_dataclass(C), is_dataclass(c), is_dataclass(int))
print(repr(MISSING).split(" at ")[0], type(MISSING).__name__)
