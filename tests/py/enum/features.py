# enum beyond the basics: auto and _generate_next_value_, _missing_, _ignore_, _order_,
# aliases, member/nonmember, enum.property, members with methods and tuple values,
# custom __new__, the functional API's forms, errors, verify and global_enum.
import enum
import pickle
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3))


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)
    FIRST = auto()
    SECOND = auto()
    THIRD = "fixed"
    FOURTH = auto()


print(list(Ordinal), [m.value for m in Ordinal])


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
    _ignore_ = ['helper']
    helper = 99

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

    def describe(self):
        return self.name.lower(), self.value


print(Shape('circle'), Shape(2), Shape.ALIAS_FOR_SQUARE, list(Shape.__members__), len(Shape))
print(Shape.DIAMOND.describe(), hasattr(Shape, 'helper'), Shape.SQUARE is Shape['ALIAS_FOR_SQUARE'])
try:
    Shape(7)
except ValueError as e:
    print("ValueError:", e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "not a member"


try:
    Bad(5)
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


class Mixed(Enum):
    A = 1
    B = enum.nonmember(2)
    C = enum.member(lambda: 3)

    @enum.property
    def double(self):
        return self.value * 2


print(list(Mixed.__members__), Mixed.B, Mixed.A.double)


class Coordinate(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coordinate.PY, Coordinate.PY.label, Coordinate(1), repr(Coordinate.PX), Coordinate.PY + 1)

for text in ["class E(Enum):\n    _order_ = 'B A'\n    A = 1\n    B = 2",
             "class E(Enum):\n    _bad_ = 1",
             "class E(Enum):\n    mro = 1"]:
    try:
        exec(text)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Base(Enum):
    X = 1


try:
    class Derived(Base):
        Y = 2
except TypeError as e:
    print("TypeError:", e)
try:
    Base.X = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Base.X
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base.X < Base.X
except TypeError as e:
    print("TypeError:", e)
print(type(Base), isinstance(Base.X, Base), Base.X.__class__, Base.X == 1, {Base.X: 'x'}[Base.X])

# Functional API.
A = Enum('A', 'ONE, TWO THREE', start=10)
B = Enum('B', [('X', 'x'), ('Y', 'y')])
C = Enum('C', {'P': 1, 'Q': 2}, qualname='Outer.C')
D = IntEnum('D', 'LOW HIGH')
print(list(A), list(B), C.__qualname__, C.P, D.HIGH + 1, A.__module__)
print(pickle.loads(pickle.dumps(A.TWO)) is A.TWO, pickle.loads(pickle.dumps(D.LOW, 0)) is D.LOW)
for proto in range(6):
    assert pickle.loads(pickle.dumps(Shape.CIRCLE, proto)) is Shape.CIRCLE
print(pickle.dumps(Shape.CIRCLE), pickle.dumps(D.LOW))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print([m.value for m in Perm], Perm.RW, list(Perm.RW), Perm.R in Perm.RW, Perm.X in Perm.RW)
print(repr(Perm(0)), repr(Perm(7)), repr(~Perm.RW), repr(Perm.R ^ Perm.RW), repr(Perm.RW & Perm.W))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 4


print(repr(Conform(7)), repr(Eject(7)), type(Eject(7)).__name__, repr(Eject(5)))


class Bits(IntFlag):
    LOW = 1
    HIGH = 2


print(repr(Bits.LOW | 4), Bits.LOW | 4, repr(Bits(0)), Bits.LOW + Bits.HIGH, type(Bits.LOW + 1).__name__,
      repr(Bits.LOW & 3), repr(3 | Bits.LOW), format(Bits.HIGH, '04b'), repr(~Bits.LOW))


class Color(StrEnum):
    RED = auto()
    GREEN = 'green'


print(Color.RED, Color.RED == 'red', Color.GREEN.upper(), '-'.join(Color), f"{Color.RED!r}")
try:
    class Wrong(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)

try:
    @enum.verify(enum.UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @enum.verify(enum.CONTINUOUS)
    class Gaps(Enum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)
try:
    @enum.verify(enum.NAMED_FLAGS)
    class Named(Flag):
        A = 1
        ABC = 7
except ValueError as e:
    print("ValueError:", e)
print(enum.show_flag_values(13), enum.bin(5), enum.bin(-5, 8))
print(enum.FlagBoundary.STRICT, repr(enum.KEEP), enum.EnumCheck.UNIQUE, enum.EnumMeta is enum.EnumType)
print(repr(auto()), Perm.R.name, Perm.R.value, Perm.RW._name_)
