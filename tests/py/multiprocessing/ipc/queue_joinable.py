# JoinableQueue: task_done() and join() across processes.
import multiprocessing

def worker(q, results):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.put(item * item)
        q.task_done()

if __name__ == "__main__":
    q = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=worker, args=(q, results)) for i in range(2)]
    for p in ps:
        p.start()
    for i in range(20):
        q.put(i)
    q.join()
    print("joined")
    print(sorted(results.get() for i in range(20)))
    for p in ps:
        q.put(None)
    q.join()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
    j = multiprocessing.JoinableQueue()
    try:
        j.task_done()
    except ValueError as e:
        print("ValueError", e)
    j.put(1)
    j.get()
    j.task_done()
    j.join()
    print("empty join returns")
