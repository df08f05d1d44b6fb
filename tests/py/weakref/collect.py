# What gc.collect() makes deterministic in gopy (whose objects are freed by a tracing
# collector, not at the last reference): once it returns, the objects the script let go
# of are freed and their weak references' callbacks and finalizers have run.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __repr__(self):
        return "Node(%s)" % self.name


def make():
    n = Node("local")
    return weakref.ref(n, lambda r: print("callback: dead", r() is None))


r = make()
gc.collect()
print("after collect:", r())

# A cycle goes too.
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
ra = weakref.ref(a)
del a, b
gc.collect()
print("cycle:", ra())

# Weak dictionaries and sets lose their entries.
values = [Node(str(i)) for i in range(3)]
wvd = weakref.WeakValueDictionary((i, v) for i, v in enumerate(values))
wkd = weakref.WeakKeyDictionary({v: i for i, v in enumerate(values)})
ws = weakref.WeakSet(values)
print(len(wvd), len(wkd), len(ws))
keep = values[1]
del values
gc.collect()
print(len(wvd), list(wvd.items()), len(wkd), list(wkd.values()), len(ws), list(ws))

# finalize runs when its object goes, once.
x = Node("fin")
f = weakref.finalize(x, print, "finalized", x.name)
del x
gc.collect()
print("alive:", f.alive, f())

# A callback that raises is reported, and the program goes on.
def bad(ref):
    raise ValueError("from callback")


y = Node("bad")
ry = weakref.ref(y, bad)
del y
gc.collect()
print("still running")

# gc.callbacks are called around a collection.
seen = []
gc.callbacks.append(lambda phase, info: seen.append((phase, sorted(info))))
gc.collect()
gc.callbacks.clear()
print(seen)
print(gc.collect(), gc.collect(0))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
