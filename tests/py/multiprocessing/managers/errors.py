import multiprocessing as mp
from multiprocessing.managers import BaseManager, SyncManager, RemoteError

class Thing:
    def boom(self):
        raise ValueError("boom inside the manager")
    def unpicklable(self):
        return lambda: 1

class M(BaseManager):
    pass

M.register("Thing", Thing)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0] if str(e) else "")

if __name__ == "__main__":
    m = SyncManager()
    show(lambda: m.dict())
    m.start()
    show(m.start)
    d = m.dict({"a": 1})
    show(lambda: d["missing"])
    show(lambda: d.nosuch)
    show(lambda: d._callmethod("nosuch"))
    l = m.list([3, 1])
    show(lambda: l.index(7))
    show(lambda: l.remove(7))
    show(lambda: l.sort() or l)
    show(lambda: type(m).__name__ + " " + type(d).__name__)
    m.shutdown()
    show(lambda: d["a"])
    show(m.start)
    show(lambda: mp.Manager(1))
    with M() as mm:
        t = mm.Thing()
        show(t.boom)
        show(t.unpicklable)
        show(lambda: type(t).__name__)
    print(mp.active_children())
