# enum: Enum, IntEnum, StrEnum, Flag, IntFlag reprs, str(), format(), lookups, iteration,
# the functional API, pickling, unique and dir() as CPython 3.11 shows them.
import enum, pickle
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}", Color.RED.name, Color.RED.value)
print(list(Color), Color.__members__, Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, len(Color))
print(repr(Color), str(Color), Color.__members__.__class__)
try: Color(7)
except ValueError as e: print(repr(e), e.__context__)
try: Color['X']
except KeyError as e: print(repr(e))
print(Color.RED in Color, hash(Color.RED) == hash('RED'))
class N(IntEnum):
    A = 1
    B = auto()
print(repr(N.A), str(N.A), format(N.A), f"{N.B:>4}", N.A + 1, N.B == 2, list(N))
class S(StrEnum):
    X = auto()
    Y = 'why'
print(repr(S.X), str(S.X), format(S.Y), S.X.upper())
class P(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), list(P.R|P.W), list(P), repr(~P.R), repr(P.RWX), len(P.R|P.X), bool(P(0)))
class I(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(I.R|I.W), str(I.R|I.W), repr(I(0)), repr(I.R|8), I.R|8, repr(~I.R), format(I.R), I.R + 1)
E = Enum('E', 'A B C')
print(repr(E.A), E.__module__, list(E), Enum('F', [('X', 10), ('Y', 20)]).Y)
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN)
print(pickle.dumps(Color.GREEN, 2))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
print(dir(Color))
print(dir(Color.RED))
