"""sys.unraisablehook: a script's hook gets UnraisableHookArgs from __del__, weakref callbacks and atexit callbacks; a failing hook is reported; the default writes CPython's report."""
import sys, gc, weakref, atexit
print(sys.unraisablehook is sys.__unraisablehook__, sys.unraisablehook.__name__)
class D:
    def __del__(self):
        raise ValueError("in del")
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, u.err_msg, type(u.object).__name__, u.exc_traceback is not None, type(u).__name__)
sys.unraisablehook = hook
def f():
    d = D()
f()
gc.collect()
class K: pass
k = K()
r = weakref.ref(k, lambda ref: 1 / 0)
del k
gc.collect()
def bad(u):
    raise RuntimeError("hook broke")
sys.unraisablehook = bad
def g():
    d = D()
g()
gc.collect()
sys.unraisablehook = sys.__unraisablehook__
def h():
    d = D()
h()
gc.collect()
print("end")
def cb():
    raise KeyError("x")
atexit.register(cb)
atexit.register(lambda: setattr(sys, "unraisablehook", hook))
