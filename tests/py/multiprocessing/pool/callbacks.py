import multiprocessing as mp, time
def ratio(a, b):
    if b == 0:
        raise ArithmeticError('no ratio for %d' % a)
    return a // b
def slow(x):
    time.sleep(x)
    return x
if __name__ == "__main__":
    res = []
    p = mp.Pool(2)
    a = p.apply_async(slow, (0.1,), callback=res.append)
    b = p.map_async(slow, [0, 0], callback=res.append)
    c = p.apply_async(int, ("x",), error_callback=lambda e: res.append(type(e).__name__))
    d = p.starmap_async(ratio, [(7, 2), (9, 0)], error_callback=lambda e: res.append(str(e)))
    for r in (a, b, c, d):
        r.wait()
    print(a.get(), b.get(), c.successful(), d.successful())
    p.close()
    p.join()
    print(sorted(map(str, res)))
