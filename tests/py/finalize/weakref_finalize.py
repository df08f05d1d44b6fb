# weakref.finalize and weak reference callbacks run when the object's last reference goes.
import weakref


class Obj:
    pass


def local():
    o = Obj()
    weakref.finalize(o, print, "finalized local")
    print("local returns")


local()
print("after local")

o = Obj()
r = weakref.ref(o, lambda ref: print("callback, referent", ref()))
del o
print("after del, ref is", r())


def chain():
    a = Obj()
    weakref.finalize(a, print, "finalized a")
    b = Obj()
    weakref.finalize(b, print, "finalized b")


chain()
print("after chain")
