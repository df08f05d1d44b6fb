# statistics imports in spawned and forked children; NormalDist and LinearRegression
# cross a Queue both ways.
import multiprocessing as mp
from statistics import NormalDist, linear_regression


def work(q, dist, reg):
    import statistics
    q.put((dist, reg, statistics.mean([1, 2, 4]), statistics.stdev([1.5, 2.5, 4.0])))
    q.put(dist * 2 + 1)
    try:
        statistics.mean([])
    except statistics.StatisticsError as e:
        q.put(e)


if __name__ == '__main__':
    dist = NormalDist(1.5, 0.25)
    reg = linear_regression([1, 2, 3], [2, 4, 7])
    for ctx in (mp.get_context('spawn'), mp.get_context('fork')):
        q = ctx.Queue()
        p = ctx.Process(target=work, args=(q, dist, reg))
        p.start()
        print(q.get())
        print(q.get())
        err = q.get()
        print(type(err).__name__, err.args)
        p.join()
        print('exit', p.exitcode)
