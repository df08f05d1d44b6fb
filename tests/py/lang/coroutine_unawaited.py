# "coroutine '...' was never awaited": the RuntimeWarning of a coroutine dropped before it
# ever ran, where CPython drops it, with the tracemalloc hint; none for one that ran or was
# closed; the filters apply.
import os
import sys
import warnings


class Out:
    # The warnings' text with the script's directory left out (the golden is made elsewhere).
    def write(self, s):
        sys.stdout.write(s.replace(os.path.dirname(__file__) + os.sep, ""))

    def flush(self):
        pass


sys.stderr = Out()


async def f():
    return 1


class K:
    async def m(self):
        pass


def local_dropped():
    c = f()
    print("in function")
    return 2


f()
print("after statement")
K().m()
print(local_dropped())
x = f()
print("before del")
del x
print("after del")

rebound = f()
rebound = None
print("after rebinding")

started = f()
try:
    started.send(None)
except StopIteration as e:
    print("ran:", e.value)
del started

closed = f()
closed.close()
del closed
print("closed: no warning")


def in_function():
    f()
    print("still in function")


in_function()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    f()
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])

warnings.simplefilter("ignore")
f()
print("end")
