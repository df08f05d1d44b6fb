# typing: special forms, aliases and their reprs, equality, get_origin/get_args, Generic,
# Protocol, get_type_hints, cast/overload/final/NewType.
import typing
from typing import *
T = TypeVar('T'); K = TypeVar('K', bound=int); C = TypeVar('C', int, str, covariant=True)
print(T, K, C, T.__name__, K.__bound__, C.__constraints__)
print(Optional[int], Union[int, str], Union[int, None, str], Optional[Union[int, str]])
print(List[int], Dict[str, List[T]], Callable[..., int], Callable[[int, str], None], Callable)
print(Tuple[int, ...], Tuple[()], Literal[1, 'a'], ClassVar[int], Final[str], Any, Type[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(Callable[[int], str]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(list[int]), get_args(dict[str, int]))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int])
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box.__parameters__, Box[int](3).v, Box.__mro__)
class P(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
try: isinstance(F(), P)
except TypeError as e: print(e)
def f(a: int, b: 'str' = 'x') -> Optional[int]: pass
print(get_type_hints(f))
class A:
    x: int
    y: 'List[int]'
    z: ClassVar[int] = 3
print(get_type_hints(A))
print(cast(int, 'x'), cast('int', 3))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1))
@final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, '__final__') else 'nofinal')
print(repr(NoReturn), Annotated[int, 'meta'], NewType('UserId', int), NewType('UserId', int)(5))
print(typing.Sequence[int], typing.Iterable, typing.Mapping[str, int], typing.Iterator[int])
print(isinstance([], typing.List), issubclass(list, typing.Sequence), isinstance({}, typing.Mapping))
print(AnyStr, typing.Hashable, typing.Sized)
print(Union[int], Optional[None])
try: Union[()]
except TypeError as e: print(e)
print(TYPE_CHECKING, typing.Text)
