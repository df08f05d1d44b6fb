import collections.abc
def f(x):
    match x:
        case 1:
            return "one"
        case "s" | b"b":
            return "str or bytes"
        case None:
            return "None"
        case True:
            return "True"
        case -2.5:
            return "neg float"
        case 1+2j:
            return "complex"
        case []:
            return "empty seq"
        case [1, 2, *rest]:
            return f"starts 1 2 rest={rest}"
        case [x, *_, y]:
            return f"first {x} last {y}"
        case {"k": v, **kw}:
            return f"mapping k={v} rest={kw}"
        case {}:
            return "any mapping"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"other str {s}"
        case _:
            return "other"
for v in [1, "s", b"b", None, True, -2.5, 1+2j, [], (), [1, 2, 3, 4], [1, 2], [5, 6, 7], (8, 9), {"k": 1, "z": 2}, {"a": 1}, {}, 500, 7, 7.5, "str", object, range(3), "ab", collections.OrderedDict(k=3), [1]]:
    print(repr(v) if not isinstance(v, type) else "type", "->", f(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"y axis {y}"
        case Point(x=0 | 1 as x, y=y):
            return f"x={x} y={y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(1, 2), Point(3, 3), Point(4, 5), 3]:
    print(where(p))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
class MySeq(collections.abc.Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
match MySeq():
    case [a, b, c]: print("myseq", a, b, c)
match collections.deque([1, 2]):
    case [a, b]: print("deque", a, b)
    case _: print("deque no")
match 5:
    case x:
        print("captured", x)
print(x)
