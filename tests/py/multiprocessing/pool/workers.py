import multiprocessing as mp, os, time
def init(v):
    global G
    G = v
def getg(_): return G
def name(_): return mp.current_process().name.split("-")[0], mp.current_process().daemon
def pid(_):
    time.sleep(0.05)
    return os.getpid()
if __name__ == "__main__":
    with mp.Pool(2, initializer=init, initargs=(42,)) as p:
        print(p.map(getg, range(4)), sorted(set(p.map(name, range(8)))))
    with mp.Pool(2, maxtasksperchild=1) as p:
        pids = p.map(pid, range(6), chunksize=1)
        print(len(set(pids)) >= 3, os.getpid() in pids)
    with mp.get_context("spawn").Pool(1) as p:
        print(p.map(name, [0]))
    with mp.get_context("fork").Pool(1) as p:
        print(p.map(name, [0]))
    print(mp.active_children())
