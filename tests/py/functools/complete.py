# functools beyond partial/reduce: lru_cache (maxsize, typed, cache_info, methods, pickling),
# cache, cached_property, partialmethod, singledispatch(method), total_ordering.
import functools
@functools.lru_cache(maxsize=2)
def f(x): return x
print(repr(f)[:30], f.cache_info(), f.cache_parameters())
f(1); f(1); f(2); f(3)
print(f.cache_info())
try: functools.lru_cache('x')
except TypeError as e: print(e)
class A:
    @functools.cached_property
    def v(self):
        print("computing")
        return 1
a = A()
print(type(A.v).__name__, a.v, a.v, a.__dict__)
class C:
  def f(self, a, b): return (a,b)
  g = functools.partialmethod(f, 1)
  h = functools.partialmethod(print, 2)
print(C().g(2), C.g.__qualname__)
print(repr(C.__dict__['g']).split(' at ')[0])
try: functools.partialmethod(3)
except TypeError as e: print(e)
@functools.singledispatch
def g(x): return 'base'
@g.register(int)
def _(x): return 'int'
@g.register(list)
def _(x): return 'list'
import collections.abc
@g.register(collections.abc.Mapping)
def _(x): return 'mapping'
print(g(1), g('a'), g(True), g([1]), g({}), list(g.registry.keys())[:3], g.dispatch(bool).__name__)
try: g()
except TypeError as e: print(e)
try: g.register(3)
except TypeError as e: print(e)
try: g.register(3, lambda x: x)
except TypeError as e: print(e)
c = functools.cache(lambda n: n * 2)
print(c(3), c(3), c.cache_info())
import pickle
print(pickle.loads(pickle.dumps(f)) is f)
@functools.total_ordering
class T:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __eq__(s, o): return s.v == o.v
print(T(1) >= T(2), T(1) <= T(2), T(2) > T(1), T.__ge__.__name__, T.__gt__.__qualname__)
try:
    @functools.total_ordering
    class U: pass
except ValueError as e: print(e)
print(f.__wrapped__.__name__, f.__name__, f.__qualname__)
class B:
  @functools.lru_cache
  def m(self, x): return x * 10
b = B(); print(b.m(1), b.m(1), B.m.cache_info())
@functools.lru_cache(maxsize=None, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@functools.lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
class N:
    @functools.singledispatchmethod
    def neg(self, arg): return "other"
    @neg.register(int)
    def _(self, arg): return -arg
print(N().neg(3), N().neg("s"))
print(functools.partial[int], functools.cached_property[int], functools.partialmethod[int])
print(functools.WRAPPER_ASSIGNMENTS, functools.reduce(lambda a, b: a + b, [1, 2, 3]))
def rec(n):
    return n if n < 2 else fr(n - 1) + fr(n - 2)
fr = functools.lru_cache(None)(rec)
print(fr(60), fr.cache_info())
fr.cache_clear(); print(fr.cache_info())
