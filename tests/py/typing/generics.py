# typing generics: parameters, substitution, subclassing, Protocol checks.
from typing import *
import typing, functools
T = TypeVar('T'); S = TypeVar('S'); U = TypeVar('U')
class Pair(Generic[T, S]):
    def __init__(self, a: T, b: S): self.a, self.b = a, b
print(Pair[int, str], Pair.__parameters__, Pair[int, str].__args__, Pair[int, str](1, 'x').__orig_class__)
class IntPair(Pair[int, T]): pass
print(IntPair.__parameters__, IntPair.__mro__, IntPair.__orig_bases__, IntPair[str])
class Both(Dict[str, T], Generic[T]): pass
print(Both.__mro__, Both[int], Both.__parameters__)
class LL(List[int]): pass
print(LL.__mro__, LL([1, 2]))
try: Pair[int]
except TypeError as e: print(e)
try:
    class Bad(Generic): pass
except TypeError as e: print(e)
try: Generic[int]
except TypeError as e: print(e)
try: Generic[T, T]
except TypeError as e: print(e)
try:
    class Bad2(Pair[T, S], Generic[T]): pass
except TypeError as e: print(e)
D = Dict[str, List[T]]
print(D[int], D.__parameters__, Callable[[T], S][int, str], Tuple[T, ...][int], Union[T, None][str])
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(list, Sized2), issubclass(int, Sized2))
class HasX(Protocol):
    x: int
try: HasX()
except TypeError as e: print(e)
@runtime_checkable
class HasY(Protocol):
    y: int
class WY:
    y = 3
print(isinstance(WY(), HasY))
try: issubclass(WY, HasY)
except TypeError as e: print(e)
class Impl(HasX):
    def __init__(self): self.x = 1
print(Impl().x)
try: isinstance(Impl(), HasX)
except TypeError as e: print(e)
class GP(Protocol[T]):
    def get(self) -> T: ...
print(GP[int], GP.__parameters__)
try: runtime_checkable(int)
except TypeError as e: print(e)
@functools.singledispatch
def fmt(x): return 'obj'
@fmt.register
def _(x: Union[int, float]): return 'num'
print(fmt(1), fmt(1.5), fmt('s'))
P = ParamSpec('P')
print(P, P.args, P.kwargs, Concatenate[int, P], typing.Callable[P, int] if False else '')
print(get_origin(Annotated[int, 1]), get_args(Annotated[int, 1, 2]), get_origin(Generic), get_origin(ClassVar[int]) is ClassVar)
print(Optional[int] | str if hasattr(type(Optional[int]), '__or__') else '', Literal[1, 1, 2] == Literal[2, 1], hash(Literal[1]) == hash(Literal[1]))
print(typing.Callable[[], int], typing.Tuple[()].__args__, typing.Type[T][int])
print(repr(TypeVar('Q', bound='Foo').__bound__))
