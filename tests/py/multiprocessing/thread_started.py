import threading
from multiprocessing import Process, Queue
def work(q, n):
    q.put(("child", n))
q = Queue()
results = []
def starter(n):
    p = Process(target=work, args=(q, n))
    p.start()
    p.join()
    results.append(p.exitcode)
if __name__ == "__main__":
    print("top")
    ts = [threading.Thread(target=starter, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(q.get(timeout=10) for _ in range(3)), results)
    p = Process(target=work, args=(q, 9))
    p.start()
    p.join()
    print(q.get(timeout=10), p.exitcode)
    