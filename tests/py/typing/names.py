# typing: the names scripts import for annotations, subscripted and printed as CPython's;
# Generic[T] as a base; __class_getitem__ on any class; cast, NewType.
import typing as t
from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Generic, Iterable
print(t.List[int], t.Optional[int], t.Union[int, str], t.Dict[str, t.List[int]], t.Tuple[int, ...], t.Callable[[int], str], t.Any, t.Set, t.TypeVar('T'), t.Iterable[int], t.Union[int], t.Union[int, None])
T = t.TypeVar('T')
class S(t.Generic[T]):
    def __init__(self):
        self.items = []
print(S.__mro__, t.cast(int, 'x'), t.TYPE_CHECKING, t.Type[int], t.Literal[1, 'a'], t.ClassVar[int], t.Final[int], S().items)
def f(x: List[int], y: Optional[Dict[str, Any]] = None) -> Tuple[int, str]:
    return (len(x), str(y))
print(f([1, 2]), List[int] == List[int], Optional[int] == Union[int, None])

UserId = t.NewType('UserId', int)
print(UserId(5), UserId.__name__)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G['k'])
class P:
    pass
try:
    P[1]
except TypeError as e:
    print('TypeError:', e)
print(hasattr(int, '__getitem__'), hasattr(G, '__getitem__'))
