# itertools as scripts use it: batching work for processes, chunking, flattening results.
import itertools
from multiprocessing import Process, Queue


def chunks(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def worker(ident, items, q):
    q.put((ident, sum(x * x for x in items)))


if __name__ == '__main__':
    q = Queue()
    procs = [Process(target=worker, args=(i, c, q)) for i, c in enumerate(chunks(range(20), 6))]
    for p in procs:
        p.start()
    results = sorted(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(results, sum(r for _, r in results) == sum(x * x for x in range(20)))
    counter = itertools.count(1)
    labels = {name: next(counter) for name in 'abc'}
    print(labels, list(itertools.chain.from_iterable([[1], [2, 3]])))
    print(list(itertools.starmap(lambda a, b: a * b, itertools.product(range(2), repeat=2))))
    print([''.join(p) for p in itertools.permutations('abc')][:4])
    print(dict((k, len(list(g))) for k, g in itertools.groupby(sorted('mississippi'))))
