# co_flags as CPython 3.11 sets them: no CO_NOFREE, generator/coroutine/async generator,
# varargs, nested, and the future flag of 'from __future__ import annotations'.
def f(): pass
print(f.__code__.co_flags, (lambda: 1).__code__.co_flags)
def g():
    x = 1
    def h(): return x
    return h
print(g.__code__.co_flags, g().__code__.co_flags)
def gen(): yield 1
print(gen.__code__.co_flags)
async def co(): pass
async def ag(): yield 1
print(co.__code__.co_flags, ag.__code__.co_flags)
def va(*a, **k): pass
print(va.__code__.co_flags)
print(compile('x=1', 's', 'exec').co_flags, compile('x', 's', 'eval').co_flags)
print(compile('from __future__ import annotations\nx=1', 's', 'exec').co_flags)
class C:
    def m(self): return __class__
print(C.m.__code__.co_flags, [x for x in [1]] and 0)
print((x for x in []).gi_code.co_flags)
