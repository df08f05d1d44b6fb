# Coroutines with the rest of the library: inspect, collections.abc, types, functools.
import inspect, collections.abc as cabc, types, functools
async def f(): return 1
async def ag(): yield 1
def g(): yield 1
c = f(); a = ag()
print(inspect.iscoroutinefunction(f), inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isasyncgenfunction(ag), inspect.isasyncgen(a), inspect.isgeneratorfunction(g), inspect.isgeneratorfunction(f))
print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(a, cabc.AsyncGenerator), isinstance(a, cabc.AsyncIterator), isinstance(g(), cabc.Generator))
print(c.cr_suspended, g().gi_suspended)
@types.coroutine
def tc():
    yield "x"
    return 5
async def use():
    return await tc()
u = use()
print(u.send(None))
try: u.send(None)
except StopIteration as e: print("ret", e.value)
c.close(); 
@functools.wraps(f)
async def w(): pass
print(w.__name__, inspect.iscoroutinefunction(w))
print(f.__code__.co_flags & 0x80, sorted(x for x in dir(c) if not x.startswith("__")))
class AI:
    def __aiter__(self): return self
    async def __anext__(self): raise StopAsyncIteration
print(isinstance(AI(), cabc.AsyncIterator), issubclass(AI, cabc.AsyncGenerator), isinstance(1, cabc.Awaitable))
class Aw:
    def __await__(self): return iter([])
print(isinstance(Aw(), cabc.Awaitable), isinstance(Aw(), cabc.Coroutine), cabc.Awaitable[int])
x = g(); next(x); print(x.gi_suspended)
