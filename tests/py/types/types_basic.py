# types: the builtin type names, SimpleNamespace (repr, equality, pickling), ModuleType and
# MethodType as constructors, MappingProxyType, new_class.
import types
import pickle
import sys
def f(): pass
class C:
    def m(self):
        return 'm of %s' % type(self).__name__
def g(): yield 1
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(sys, types.ModuleType), isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType))
print(types.FunctionType.__name__, types.ModuleType.__name__, types.GeneratorType.__name__, types.CodeType.__name__, types.NoneType)
ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns.c, vars(ns))
print(ns == types.SimpleNamespace(a=1, b='two', c=[3]), ns != types.SimpleNamespace(), types.SimpleNamespace())
del ns.b
print(ns, hasattr(ns, 'b'))
ns2 = pickle.loads(pickle.dumps(ns))
print(ns2, type(ns2) is types.SimpleNamespace)
ns.self = ns
print(ns)
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError:', e)
m = types.ModuleType('mymod', 'doc of mymod')
m.value = 42
print(m.__name__, m.__doc__, m.value, isinstance(m, types.ModuleType))
bm = types.MethodType(C.m, C())
print(bm())
def free(self, x):
    return (type(self).__name__, x)
print(types.MethodType(free, C())(5))
mp = types.MappingProxyType({'k': 1})
print(mp, mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0), dict(mp.items()))
try:
    mp['x'] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    types.MappingProxyType(1)
except TypeError as e:
    print('TypeError:', e)
N = types.new_class('N', (C,), exec_body=lambda ns: ns.update({'z': 26}))
print(N.__name__, N.z, N().m(), N.__mro__[1] is C)
print(types.prepare_class('X'), types.resolve_bases((C,)) == (C,))
