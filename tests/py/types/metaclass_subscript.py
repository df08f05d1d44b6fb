import abc, tempfile, collections.abc as cabc, os
class A(metaclass=abc.ABCMeta):
    def __class_getitem__(cls, k):
        return ("cgi", cls.__name__, k)
class A2(A):
    pass
print(A[int], A2[str])
class M(type):
    def __getitem__(cls, k):
        return ("meta getitem", cls.__name__, k)
class B(metaclass=M):
    def __class_getitem__(cls, k):
        return ("cgi", k)
class C(B):
    pass
print(B[int], C[str])
print(tempfile.SpooledTemporaryFile[int], tempfile.TemporaryDirectory[str])
print(cabc.Sequence[int], cabc.Mapping[str, int], cabc.Iterable[bytes], cabc.KeysView[int])
print(cabc.Sequence[int].__origin__ is cabc.Sequence, cabc.MutableSet[int].__args__)
class N(abc.ABC):
    pass
for thing in (N, cabc.Hashable, cabc.Sized):
    try:
        thing[int]
    except TypeError as e:
        print("TypeError:", e)
class MyList(cabc.Sequence[int]):
    def __getitem__(self, i):
        return [1, 2][i]
    def __len__(self):
        return 2
print(list(MyList()), MyList.__orig_bases__, MyList.__mro__[1].__name__)
