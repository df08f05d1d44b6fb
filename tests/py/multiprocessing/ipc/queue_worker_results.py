from multiprocessing import Process, Queue

def worker(tasks, results):
    while True:
        n = tasks.get()
        if n is None:
            break
        results.put((n, n * n))

if __name__ == "__main__":
    tasks, results = Queue(), Queue()
    workers = [Process(target=worker, args=(tasks, results)) for _ in range(3)]
    for w in workers:
        w.start()
    for n in range(20):
        tasks.put(n)
    for _ in workers:
        tasks.put(None)
    out = dict(results.get() for _ in range(20))
    for w in workers:
        w.join()
    print(sorted(out.items())[:5], len(out))
