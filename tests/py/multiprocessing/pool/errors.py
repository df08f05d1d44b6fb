import multiprocessing as mp, pickle, time
def slow(x): time.sleep(x); return x
def unpicklable(_): return lambda: 1
def boom(x):
    if x == 3:
        raise KeyError("k%d" % x)
    return x
def show(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, str(e).split(" at 0x")[0])
if __name__ == "__main__":
    show(lambda: mp.Pool(0))
    show(lambda: mp.Pool(1, maxtasksperchild=0))
    show(lambda: mp.Pool(1, maxtasksperchild="1"))
    show(lambda: mp.Pool(1, initializer=3))
    p = mp.Pool(2)
    r = p.apply_async(slow, (3,))
    show(lambda: r.successful() and "not ready")
    show(lambda: r.get(timeout=0.05))
    show(lambda: repr(r.get.__self__ is r))
    show(p.join)
    show(lambda: p.map(lambda x: x, [1]))
    show(lambda: p.apply(unpicklable, (1,)))
    show(lambda: p.imap(slow, [1], chunksize=0))
    show(lambda: p.imap_unordered(slow, [1], chunksize=-1))
    show(lambda: pickle.dumps(p))
    try:
        p.map(boom, range(6), chunksize=1)
    except KeyError as e:
        print("KeyError", e, type(e.__cause__).__name__, "Traceback" in str(e.__cause__))
    it = p.imap(boom, range(5))
    show(lambda: [next(it) for _ in range(5)])
    show(lambda: next(it))
    p.terminate()
    show(lambda: p.map(slow, [0]))
    show(lambda: p.apply_async(slow, (0,)))
    p.join()
    print(repr(p))
