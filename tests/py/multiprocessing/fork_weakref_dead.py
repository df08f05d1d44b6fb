# A 'fork' child gets a dead weak reference dead (its callback not run again, its hash
# kept when the parent had taken it) and a live one referring to its copy of the object.
import gc
import multiprocessing as mp
import weakref


class Thing:
    pass


def gone(ref):
    print("callback ran in", mp.current_process().name)


t = Thing()
dead = weakref.ref(t)
hashed = weakref.ref(t, gone)
in_set = {hashed}
del t
gc.collect()
keep = Thing()
live = weakref.ref(keep)
with_cb = weakref.ref(keep, gone)


def child():
    print("dead:", dead() is None, repr(dead).endswith("; dead>"), type(dead).__name__)
    try:
        hash(dead)
    except TypeError as e:
        print("hash(dead):", e)
    print("hashed:", hashed() is None, hashed in in_set, hashed.__callback__ is gone)
    print("live:", live() is keep, with_cb() is keep, with_cb.__callback__ is gone)
    print("equal:", dead == dead, dead != hashed, live == with_cb)
    del globals()["keep"]
    gc.collect()
    print("after del:", with_cb() is None)


if __name__ == "__main__":
    mp.set_start_method("fork")
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("exit", p.exitcode, dead() is None, live() is keep)
