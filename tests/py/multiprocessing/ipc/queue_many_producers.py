from multiprocessing import Process, Queue

def produce(q, start, n):
    for i in range(start, start + n):
        q.put(i)

if __name__ == "__main__":
    q = Queue()
    procs = [Process(target=produce, args=(q, k * 100, 50)) for k in range(4)]
    for p in procs:
        p.start()
    got = [q.get() for _ in range(200)]
    for p in procs:
        p.join()
    print(len(got), sorted(got) == sorted(k * 100 + i for k in range(4) for i in range(50)))
    print(q.empty(), [p.exitcode for p in procs])
