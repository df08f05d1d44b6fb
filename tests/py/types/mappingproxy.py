# mappingproxy (types.MappingProxyType, a class's __dict__): read-only, its methods and
# operators; class namespaces in definition order, also through type() and __prepare__.
import types
class C: pass
p = C.__dict__
print(type(p), types.MappingProxyType, repr(types.MappingProxyType({'a':1})))
for bad in [[], (), 3]:
  try: types.MappingProxyType(bad)
  except TypeError as e: print(e)
m = types.MappingProxyType({'a':1})
try: m['b']=1
except TypeError as e: print(e)
try: del m['a']
except TypeError as e: print(e)
try: hash(m)
except TypeError as e: print(e)
print(m | {'b':2}, {'c':3} | m, m.copy(), list(reversed(m)), m == {'a':1}, str(m), m.get('z', 5), 'a' in m, len(m))
print(m.keys(), m.items(), m.values())
try: m.x = 1
except AttributeError as e: print(e)
class D:
    "doc"
    b = 1
    a = 2
    def f(self): pass
D.z = 3
del D.b
D.b = 4
print([k for k in D.__dict__ if not k.startswith('__') or k == '__doc__'], D.__dict__['a'], 'f' in D.__dict__)
E = type('E', (), {'y': 1, 'x': 2})
print([k for k in E.__dict__ if not k.startswith('__')])
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        print("ns type", type(ns).__name__, ns.order)
        return super().__new__(mcls, name, bases, dict(ns))
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith('__'):
            self.order.append(k)
        super().__setitem__(k, v)
class F(metaclass=Meta):
    second = 2
    first = 1
    def method(self): pass
print(F.second, [k for k in F.__dict__ if not k.startswith('__')])
print(types.MappingProxyType[str, int])
