# A data-structure workload: dict and set building and lookups with int, str and tuple keys,
# sorting items, and formatting, as multiprocessing scripts do with their results.
def work(n):
    d = {}
    for i in range(n):
        d[i] = i * 2
        d[(i, i % 7)] = str(i)
        d['k%d' % i] = i
    s = set()
    for i in range(n):
        s.add(i % 1000)
        s.add((i % 13, i % 17))
    hits = 0
    for i in range(n):
        if i in d and (i, i % 7) in d and i % 1000 in s:
            hits += 1
    items = sorted((k, v) for k, v in d.items() if isinstance(k, tuple))
    out = ', '.join('{}:{:>5}'.format(k[0], v) for k, v in items[:50])
    return hits, len(d), len(s), len(out), '%.3f' % (hits / n)
print(work(LOOPS))
