# The classes of typing's aliases and special forms, named as CPython's.
import typing as t
for x in (t.Optional[int], t.Union[int, str], t.Callable[[int], str], t.Literal[1], t.Annotated[int, 'x'], t.List[int], t.List, t.Callable, t.Tuple, t.Tuple[int], t.Dict, t.Any, t.Union, t.Generic, t.Protocol, t.ClassVar[int], t.Final[int], t.Concatenate, int | str, t.TypeVar('T'), t.Type[int], t.Iterable[int], t.Unpack if hasattr(t,'Unpack') else 1):
    print(type(x).__name__, type(x).__module__)
