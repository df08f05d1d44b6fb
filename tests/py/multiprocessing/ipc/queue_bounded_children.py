# A bounded Queue: a producer child blocks on a full queue until the parent gets items.
import multiprocessing

def produce(q, n):
    for i in range(n):
        q.put(i)
    q.put("done")

if __name__ == "__main__":
    q = multiprocessing.Queue(3)
    p = multiprocessing.Process(target=produce, args=(q, 50))
    p.start()
    got = []
    while True:
        x = q.get(timeout=10)
        if x == "done":
            break
        got.append(x)
    p.join()
    print(got == list(range(50)), q.empty(), q.qsize(), p.exitcode)
