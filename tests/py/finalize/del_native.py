# Issue 16 item 9: __del__ of instances of Python subclasses of Go-native types (io,
# multiprocessing, socket, exceptions) and of wrapped builtins (bytearray, dict) runs where
# CPython drops the last reference: when the function whose local it was returns, at `del`.
import io
import multiprocessing
import os
import socket
import tempfile


class B(bytearray):
    def __del__(self):
        print("del B", bytes(self))


class D(dict):
    def __del__(self):
        print("del D", dict(self))


class E(ValueError):
    def __del__(self):
        print("del E", self.args)


class S(io.StringIO):
    def __del__(self):
        print("del S", self.getvalue())


class F(io.FileIO):
    def __del__(self):
        # The file is still open here: the subclass's __del__ runs before the file object
        # is closed, as CPython's IOBase finalizer is replaced by it.
        print("del F closed:", self.closed)
        super().__del__()
        print("closed by IOBase.__del__:", self.closed)


class P(multiprocessing.Process):
    def __del__(self):
        print("del P", self.name)


class Sock(socket.socket):
    def __del__(self):
        print("del Sock", self.family.name)
        self.close()


def locals_of_a_function(path):
    b = B(b"ab")
    b += b"c"
    d = D(k=1)
    e = E("boom", 2)
    s = S()
    s.write("text")
    f = F(path, "w")
    f.write(b"data")
    p = P(name="proc")
    k = Sock()
    print("function returns")


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "f")
    locals_of_a_function(path)
    print("after the function")
    with open(path, "rb") as f:
        print("file holds", f.read())

for cls in (B, D, E, S, P):
    x = cls()
    del x
    print("after del of a", cls.__name__)


def raises_and_catches():
    try:
        raise E("caught")
    except E as e:
        print("caught", e.args)
    print("handler done")


raises_and_catches()
print("after raises_and_catches")

# An explicit in-place call on a subclass returns the instance itself.
b2 = B(b"x")
print(b2.__iadd__(b"y") is b2, b2.__imul__(2) is b2, bytearray.__iadd__(b2, b"z") is b2)


class L(list):
    pass


l2 = L([1])
print(L.__iadd__(l2, (2, 3)) is l2, l2, list.__imul__(l2, 2) is l2, l2)
del b2
print("end")
