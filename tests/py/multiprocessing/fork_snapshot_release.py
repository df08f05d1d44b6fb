# What the parent kept of its state for the next 'fork' start does not keep a global's old
# value alive: once the script deletes or rebinds it, it is freed (its weak reference's
# callback runs) where CPython frees it.
import multiprocessing as mp
import weakref

tags = set(range(1000))
names = {"a": 1, "b": 2}


def gone(ref):
    print("freed")


def child():
    print("child sees", len(globals().get("tags", ())), sorted(names))


if __name__ == "__main__":
    mp.set_start_method("fork")
    watch = weakref.ref(tags, gone)
    for i in range(3):
        p = mp.Process(target=child)
        p.start()
        p.join()
    print("deleting")
    del tags
    print("deleted", watch() is None)
    names = {"c": 3}
    p = mp.Process(target=child, daemon=True)
    p.start()
    p.join()
    print("exit", p.exitcode)
