from multiprocessing import Pool
import multiprocessing as mp
def sq(x): return x * x
def add(a, b): return a + b
def boom(x):
    if x == 3: raise ValueError("bad %d" % x)
    return x
if __name__ == "__main__":
    with Pool(4) as p:
        print(p.map(sq, range(10)))
        print(p.starmap(add, [(1, 2), (3, 4)]))
        print(p.apply(add, (5, 6)))
        r = p.apply_async(sq, (7,))
        print(r.get(timeout=10), r.ready(), r.successful())
        print(list(p.imap(sq, range(5))))
        print(sorted(p.imap_unordered(sq, range(5))))
        print(list(p.imap(sq, range(7), chunksize=3)))
        print(p.map(sq, []))
        try: p.map(boom, range(5))
        except ValueError as e: print("VE", e, type(e.__cause__).__name__)
        print(repr(p).replace(str(len(p._pool)), "N"))
    print(repr(p))
    p = Pool(2); p.close(); p.join(); print(repr(p))
    try: Pool(0)
    except ValueError as e: print(e)
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as p:
        print(p.map(sq, [1, 2, 3]))
