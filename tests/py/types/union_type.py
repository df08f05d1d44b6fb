# PEP 604: X | Y of classes, None and generic aliases makes a types.UnionType.
import types, typing
def f(x: int | None = None) -> list[str] | None:
    return x
print(f(3), f.__annotations__)
u = int | str
print(u, type(u), type(u) is types.UnionType, u.__args__, u.__parameters__)
print(int | None, None | int, (int | None).__args__, int | int, int | str | int)
print(list[int] | None, dict[str, int] | bytes | None)
print(int | str == str | int, int | str == int | bytes, hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str), issubclass(bool, int | str))
for v in (3, "x"):
    try:
        print(isinstance(v, int | list[int]))
    except TypeError as e:
        print("TypeError:", e)
print(typing.Optional[int] == (int | None), typing.get_args(int | str), typing.get_origin(int | str) is types.UnionType)
T = typing.TypeVar("T")
print(int | T)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
class C:
    pass
print(C | None, (C | int) | (str | C))
import collections.abc
print(collections.abc.Sequence[int] | None)
