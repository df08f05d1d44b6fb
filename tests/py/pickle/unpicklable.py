# Objects that cannot be pickled (lambda, local function and class, generator, module, code,
# memoryview, bad __reduce__ and __getnewargs__ results ...): CPython's exception type and
# message at every protocol. object(), range and slice pickle by value.
import pickle, sys, os
def show(name, obj, protos=range(6)):
    for p in protos:
        try:
            d = pickle.dumps(obj, p)
            print(name, p, 'OK', d)
        except BaseException as e:
            print(name, p, type(e).__module__, type(e).__name__, str(e).replace(hex(id(obj)), 'ADDR').replace(hex(id(lam)), 'ADDR'))
lam = lambda x: x
show('lambda', lam)
def outer():
    def inner(): pass
    class Loc: pass
    return inner, Loc, Loc()
inner, Loc, loc = outer()
show('local func', inner)
show('local class', Loc)
show('local inst', loc)
def gen(): yield 1
show('generator', gen())
show('module', os)
show('sys', sys)
show('range', range(3))
show('slice', slice(1, 2, 3))
show('code', show.__code__)
show('property', property(lambda s: 1))
show('method', [].append)
class K:
    def m(self): pass
show('boundmethod', K().m)
show('classmethod', classmethod(len))
show('staticmethod', staticmethod(len))
show('dictkeys', {}.keys())
show('memoryview', memoryview(b'ab'))
show('nested lambda in list', [1, lam])
show('obj', object())
for p in range(6):
    r, s1, s2 = pickle.loads(pickle.dumps([range(2, 9, 3), slice(1), slice(None, 'a', 2.5)], p))
    print(p, type(pickle.loads(pickle.dumps(object(), p))), r, [(s.start, s.stop, s.step) for s in (s1, s2)])
show('type', type)
show('NotImplemented', NotImplemented)
show('Ellipsis', Ellipsis)
def f(): pass
f.__qualname__ = 'nosuch'
show('renamed', f)
def g(): pass
g.__module__ = 'nosuchmodule'
show('badmod', g)
class Slotted:
    __slots__ = ('a',)
show('slots01', Slotted(), protos=[0, 1, 2])
show('toobig', 1, protos=[6, -1, -2])
class BadReduce:
    def __reduce__(self): return 42
show('badreduce', BadReduce())
class BadReduce2:
    def __reduce__(self): return (len,)
show('badreduce2', BadReduce2())
class BadReduce3:
    def __reduce__(self): return (1, ())
show('badreduce3', BadReduce3())
class BadReduce4:
    def __reduce__(self): return (len, 1)
show('badreduce4', BadReduce4())
class BadReduce5:
    def __reduce__(self): return (len, (), None, None, None, None, None)
show('badreduce5', BadReduce5())
class BadReduce6:
    def __reduce__(self): return (len, (), None, 1)
show('badreduce6', BadReduce6())
class BadReduce7:
    def __reduce__(self): return (len, (), None, None, 1)
show('badreduce7', BadReduce7())
class Raises:
    def __reduce__(self): raise ValueError('nope')
show('raises', Raises())
class GNA:
    def __getnewargs__(self): return 5
show('gna', GNA(), protos=[2])
class GNAE:
    def __getnewargs_ex__(self): return 5
show('gnae', GNAE(), protos=[2, 4])
class GNAE2:
    def __getnewargs_ex__(self): return (1, 2, 3)
show('gnae2', GNAE2(), protos=[2])
class GNAE3:
    def __getnewargs_ex__(self): return ([], {})
show('gnae3', GNAE3(), protos=[2])
class GNAE4:
    def __getnewargs_ex__(self): return ((), [])
show('gnae4', GNAE4(), protos=[2])
class NewObjBad:
    def __reduce__(self): import copyreg; return (copyreg.__newobj__, ())
show('newobjbad', NewObjBad(), protos=[2])
class NewObjBad2:
    def __reduce__(self): import copyreg; return (copyreg.__newobj__, (1,))
show('newobjbad2', NewObjBad2(), protos=[2])
class NewObjBad3:
    def __reduce__(self): import copyreg; return (copyreg.__newobj__, (int,))
show('newobjbad3', NewObjBad3(), protos=[2])
deep = []
x = deep
for i in range(100000):
    x.append([]); x = x[0]
try:
    pickle.dumps(deep)
except RecursionError as e:
    print('deep RecursionError', str(e)[:60])
