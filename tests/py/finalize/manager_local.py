# A manager local to a function shuts its server down when the function returns; the
# server's own output appears before the caller goes on.
import multiprocessing as mp
from multiprocessing.managers import BaseManager


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        print("server: counter at", self.n, flush=True)
        return self.n


class MyManager(BaseManager):
    pass


MyManager.register("Counter", Counter)


def use_manager():
    m = MyManager()
    m.start()
    c = m.Counter()
    print("client got", c.inc(), c.inc())
    print("processes inside", len(mp.active_children()))


def use_sync_manager():
    m = mp.Manager()
    d = m.dict()
    d["k"] = [1, 2]
    print(dict(d))


if __name__ == "__main__":
    use_manager()
    print("processes after return", len(mp.active_children()))
    use_sync_manager()
    print("processes after sync manager", len(mp.active_children()))
