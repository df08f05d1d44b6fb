# with and async with: CPython 3.11's protocol errors, the exception being handled while
# __exit__/__aexit__ runs (sys.exc_info(), __context__ of what they raise).
import sys
class A:
    def __enter__(self): print("enter"); return 1
    def __exit__(self, *a): print("exit", a[0], sys.exc_info()[0]); return True
with A() as x:
    print(x, sys.exc_info())
    1/0
print(sys.exc_info())
for t in (1, type("B", (), {"__enter__": lambda s: 0})(), type("D", (), {"__exit__": lambda s, *a: 0})()):
    try:
        with t: pass
    except Exception as e: print(type(e).__name__, e)
class E:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise ValueError("x")
try:
    try:
        with E():
            raise KeyError(1)
    except ValueError as e:
        print(repr(e.__context__), e.__context__.__context__)
        raise
except Exception as e: print(e, e.__context__)
print(sys.exc_info())
def gen():
    with A():
        yield 1
        yield 2
print(list(gen()))
import types
@types.coroutine
def sw():
    yield "tick"
class AA:
    async def __aenter__(self): return self
    async def __aexit__(self, *a):
        print("aexit", a[0], sys.exc_info()[0])
        await sw()
        print("after", sys.exc_info()[0])
        raise ValueError("x")
async def main():
    try:
        async with AA():
            raise KeyError(1)
    except ValueError as e:
        print(repr(e.__context__))
    print(sys.exc_info())
    async with AA():
        pass
c = main()
try:
    while True:
        print(c.send(None), sys.exc_info())
except StopIteration: pass
except ValueError as e: print("VE", e.__context__)
