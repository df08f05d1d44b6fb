# Issue 16 item 7: sizes no machine can allocate raise MemoryError, inside try too.
import multiprocessing

for name, make in [("bytes", lambda: b"x" * 2**40), ("list", lambda: [0] * 2**62),
                   ("Array", lambda: multiprocessing.Array("i", 2**62))]:
    try:
        make()
        print(name, "allocated", end="; ")
    except BaseException as e:
        print(name, type(e).__name__, end="; ")
print()
