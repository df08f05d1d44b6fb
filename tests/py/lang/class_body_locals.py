# locals() and vars() in a class body are its namespace: what is written into them defines
# names of the class, in order, also for a plain class (no __prepare__).
class C:
    locals()['x'] = 1
    y = 2
    vars()['z'] = 3
    w = 4
print(C.x, C.y, C.z, C.w, [k for k in C.__dict__ if not k.startswith('__')])
class D:
    a = 1
    def f(self): return __class__
    ns = locals()
    ns['b'] = 2
    c = 3
print(D.b, D().f() is D, sorted(k for k in D.__dict__ if not k.startswith('__')), 'ns' in D.__dict__)
import enum
class E(enum.Enum):
    A = 1
    vars().update({'B': 2})
print(list(E))
