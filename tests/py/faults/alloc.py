# Allocations no machine can satisfy raise MemoryError (or OverflowError where CPython
# checks a size first), catchable by the try around them, and the program goes on.
import os
import struct
import multiprocessing as mp


def attempt(name, f):
    try:
        f()
        print(name, "ok")
    except BaseException as e:
        print(name, type(e).__name__, e)


attempt("bytes repeat", lambda: b"x" * 2**40)
attempt("str repeat", lambda: "x" * 2**40)
attempt("list repeat", lambda: [0] * 2**62)
attempt("list repeat 2**40", lambda: [0] * 2**40)
attempt("tuple repeat", lambda: (1, 2) * 2**61)
attempt("int times list", lambda: 2**40 * [None])


def inplace():
    l = [1]
    l *= 2**50


attempt("list inplace", inplace)
attempt("bytes(n)", lambda: bytes(2**40))
attempt("bytearray(n)", lambda: bytearray(2**40))
attempt("ljust", lambda: "ab".ljust(2**40))
attempt("center", lambda: "ab".center(2**40, "*"))
attempt("zfill", lambda: "1".zfill(2**40))
attempt("bytes ljust", lambda: b"ab".ljust(2**40))
attempt("bytes zfill", lambda: b"1".zfill(2**40))
attempt("urandom", lambda: os.urandom(2**40))
attempt("struct.pack", lambda: struct.pack("999999999999s", b"x"))
attempt("struct.pack count", lambda: struct.pack("999999999999s"))
attempt("mp.Array", lambda: mp.Array("i", 2**62))
attempt("mp.RawArray", lambda: mp.RawArray("d", 2**61))
# Small ones still work.
print(len(b"ab" * 3), len([0] * 5), (1,) * 3, "ab".ljust(4, "."), "7".zfill(3))
l = [1, 2]
l *= 2
print(l)
l *= 0
print(l)
try:
    [0] * 2**62
except MemoryError as e:
    print("caught", repr(e))
print("done")
