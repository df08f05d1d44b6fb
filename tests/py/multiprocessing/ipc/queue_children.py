# Producers and consumers in children: every item arrives once, children that put items and
# exit do not lose them.
import multiprocessing

def produce(q, start, n):
    for i in range(start, start + n):
        q.put(("item", i))

def consume(q, out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += item[1]
    out.put(total)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    producers = [multiprocessing.Process(target=produce, args=(q, k * 100, 100)) for k in range(3)]
    for p in producers:
        p.start()
    for p in producers:
        p.join()
    print([p.exitcode for p in producers])
    items = sorted(q.get()[1] for i in range(300))
    print(items == list(range(300)), q.empty())

    work = multiprocessing.Queue()
    out = multiprocessing.Queue()
    consumers = [multiprocessing.Process(target=consume, args=(work, out)) for k in range(2)]
    for c in consumers:
        c.start()
    for i in range(1000):
        work.put(("item", i))
    for c in consumers:
        work.put(None)
    print(sum(out.get() for c in consumers))
    for c in consumers:
        c.join()
    print([c.exitcode for c in consumers])
