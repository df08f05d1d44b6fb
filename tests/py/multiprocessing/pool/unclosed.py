import multiprocessing as mp
from multiprocessing.pool import ThreadPool
def sq(x): return x * x
if __name__ == "__main__":
    p = mp.Pool(2)
    print(p.map(sq, range(5)))
    with ThreadPool(3) as tp:
        print(tp.map(sq, [1, 2, 3]), repr(tp))
        print(tp.apply(sq, (4,)), sorted(tp.imap_unordered(sq, range(4))))
    print("end without closing the pool")
