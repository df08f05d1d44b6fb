# typing.NamedTuple and TypedDict (class syntax and functional), get_type_hints on them,
# error messages, pickling of aliases, the Supports* protocols.
import pickle
from typing import NamedTuple, TypedDict, Required, NotRequired, Optional, List, get_type_hints, Annotated, ClassVar
import typing

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'
    def norm(self): return abs(self.x) + abs(self.y)
    @property
    def swapped(self): return Point(self.y, self.x)
p = Point(3, -4)
print(p, p.norm(), p.swapped, Point._fields, Point._field_defaults, Point.__annotations__)
print(Point.__mro__, Point.__qualname__, Point.__module__, isinstance(p, tuple))
print(pickle.loads(pickle.dumps(p)) == p, p._replace(x=1), p._asdict())
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp._fields, Emp.__module__)
E2 = NamedTuple('E2', a=int)
print(E2(1))
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e: print(e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self): pass
except AttributeError as e: print(e)
try:
    class Bad3(NamedTuple, int): pass
except TypeError as e: print(e)

class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float
    studio: Required[str]
m = Movie2({'title': 'x', 'year': 1, 'studio': 's'})
print(type(m), m, Movie2.__required_keys__ == {'title', 'year', 'studio'}, sorted(Movie2.__optional_keys__), Movie2.__total__, Movie.__total__)
print(Movie2.__annotations__)
print(Movie2.__mro__, Movie2.__module__, Movie2.__qualname__)
class Opt(TypedDict):
    a: int
    b: NotRequired[str]
print(sorted(Opt.__required_keys__), sorted(Opt.__optional_keys__), typing.is_typeddict(Opt), typing.is_typeddict(dict))
F = TypedDict('F', {'a': int, 'b': 'List[int]'}, total=False)
print(F.__annotations__, F.__total__, sorted(F.__optional_keys__), F(a=1))
try: isinstance({}, Movie)
except TypeError as e: print(e)
try:
    class Mix(Movie, dict): pass
except TypeError as e: print(e)
print(get_type_hints(Movie2), get_type_hints(Opt), get_type_hints(Opt, include_extras=True))
class A:
    a: Annotated[int, 'm']
    b: 'Optional[List[int]]' = None
    c: ClassVar[int] = 1
print(get_type_hints(A), get_type_hints(A, include_extras=True))
print(get_type_hints(Point))
try: get_type_hints(3)
except TypeError as e: print(e)
def f(x: 'Undefined'): pass
try: get_type_hints(f)
except NameError as e: print(e)
print(typing.List['int'], typing.Optional['A'])
try: typing.List[int, str]
except TypeError as e: print(e)
try: typing.List()
except TypeError as e: print(e)
print(typing.DefaultDict(int), typing.Counter('aab'))
try: typing.Union[int][str]
except TypeError as e: print(e)
try: isinstance(1, typing.List[int])
except TypeError as e: print(e)
print(isinstance(1, typing.Union[int, str]), isinstance(1.0, typing.Optional[int]))
try:
    class X(typing.Any): pass
except TypeError as e: print(e)
try: typing.Any()
except TypeError as e: print(e)
try: typing.ClassVar[int, str]
except TypeError as e: print(e)
try: typing.TypeVar('X', int)
except TypeError as e: print(e)
UserId = typing.NewType('UserId', int)
try:
    class Sub(UserId): pass
except TypeError as e: print(e)
print(pickle.loads(pickle.dumps(typing.List[int])), pickle.loads(pickle.dumps(typing.Optional[str])), pickle.loads(pickle.dumps(typing.Any)))
print(typing.Text, typing.SupportsInt, isinstance(3, typing.SupportsInt), isinstance('x', typing.SupportsIndex))
print(typing.IO, typing.TextIO, typing.Pattern, typing.Pattern[str], typing.ContextManager[int])
