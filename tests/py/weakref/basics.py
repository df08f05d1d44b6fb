# weakref: ref (shared, callbacks, hash, equality), proxies, WeakMethod, the weak
# dictionaries and WeakSet, finalize (called, detached, at exit), gc's settings.
import weakref, gc
print(weakref.ref, weakref.ref.__module__, weakref.ProxyType, weakref.CallableProxyType, weakref.ReferenceType)
class A:
    def m(self): return 'm'
a = A(); r = weakref.ref(a); print(repr(r)[:13], r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a), hash(r) == hash(a))
r2 = weakref.ref(a, print); print(r2 is r, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r, r2])
p = weakref.proxy(a); print(repr(p)[:14], type(p))
print(r == weakref.ref(a), r.__callback__, r2.__callback__)
for x in [1, 'a', [], {}, (), None]:
    try: weakref.ref(x)
    except TypeError as e: print(e)
wm = weakref.WeakMethod(a.m); print(wm() == a.m, wm()(), type(wm).__mro__)
try: weakref.WeakMethod(len)
except TypeError as e: print(e)
b = A()
d = weakref.WeakValueDictionary({1: a}); print(repr(d)[:25], d[1] is a, len(d), list(d.items())[0][0], 1 in d, d.get(2))
k = weakref.WeakKeyDictionary(); k[a] = 1; print(repr(k)[:25], k[a], len(k), list(k.keyrefs())[0]() is a)
s = weakref.WeakSet([a, b]); print(len(s), a in s, 3 in s)
try: d[5]
except KeyError as e: print(repr(e))
p.x = 3; print(a.x, p.x, type(p).__name__, type(weakref.proxy(len)))
try: hash(p)
except TypeError as e: print(e)
print(weakref.KeyedRef, weakref.WeakMethod.__slots__)
print(weakref.__all__)
f = weakref.finalize(a, print, 'fin'); print(f.alive, repr(f)[:24], f.atexit)
print(f.peek()[1:], f.detach()[1:], f.alive, f())
f2 = weakref.finalize(b, print, 'at exit', 2)
f3 = weakref.finalize(b, print, 'not at exit'); f3.atexit = False
f4 = weakref.finalize(b, print, 'called now'); print(f4(), f4(), f4.alive)
print(gc.isenabled(), gc.get_threshold(), type(gc.collect()).__name__, gc.is_tracked(1), gc.is_tracked([]))
gc.disable(); print(gc.isenabled()); gc.enable()
class L(list): pass
keep = L([1, 2]); lp = weakref.proxy(keep)
lp.append(3); print(len(lp), lp[0], 3 in lp, list(lp), lp + [4], str(lp))
print(weakref.ref[int], weakref.WeakSet[int])
print("end")
