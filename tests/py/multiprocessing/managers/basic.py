from multiprocessing import Manager, Process
import multiprocessing as mp
def f(d, l, ns):
    d[1] = '1'; d['2'] = 2; d[0.25] = None
    l.reverse(); l.append(99)
    ns.x = 10
if __name__ == '__main__':
    with Manager() as manager:
        d = manager.dict()
        l = manager.list([0, 1, 2, 3, 4])
        ns = manager.Namespace()
        p = Process(target=f, args=(d, l, ns))
        p.start(); p.join()
        print(p.name)
        print(d); print(l); print(ns.x, ns)
        print(d.keys(), type(d.keys()), d.items(), list(d), len(l), l[1], 99 in l, d.get(5, 'x'))
        print(repr(d)[:31], type(d).__name__, type(l).__name__)
        v = manager.Value('i', 5); a = manager.Array('i', [1,2]); print(v.value, v, a, len(a))
        q = manager.Queue(); q.put(3); print(q.get(), type(q).__name__)
        lk = manager.Lock(); print(lk.acquire(), lk.release(), type(lk).__name__)
        print(type(manager).__name__, mp.active_children()[0].name if mp.active_children() else None)
        try: d[42]
        except KeyError as e: print("KeyError", e)
        try: l.nosuch()
        except AttributeError as e: print(e)
        l2 = manager.list([[1]]); l2[0].append(2); print(l2)
        print(d == d, d.copy(), sorted(d.values(), key=str))
    try: print(str(d).split(" at ")[1].split(";")[1])
    except Exception as e: print(type(e).__name__)
