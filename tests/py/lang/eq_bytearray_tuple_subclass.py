# == on a bytearray with a non-bytes object, and on tuple subclasses holding objects that
# only compare by identity (a namedtuple of functions, as sched keeps).
ba = bytearray(b"x")
print(ba == 1, ba != 1, 1 == ba, ba == "x", ba == b"x", ba == bytearray(b"x"), ba == memoryview(b"x"), ba != b"y")
print(ba == None, [ba] == [bytearray(b"x")], {1: ba} == {1: b"x"})
from collections import namedtuple
E = namedtuple("E", "a f")
def f():
    pass
e = E(1, f)
print(e == e, (f,) == (f,), [f] == [f], e == E(1, f), e != E(1, f))
class T(tuple):
    pass
print(T((f,)) == T((f,)), T((f,)) == (f,), (f,) == T((f,)))
from collections import deque
print(deque([1]) == [1], [1] == deque([1]), T((1,)) == [1], [1] == T((1,)), T((1,)) == (1,))
