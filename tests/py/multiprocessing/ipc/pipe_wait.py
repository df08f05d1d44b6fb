# multiprocessing.connection.wait() over connections and sentinels.
import time
import multiprocessing
from multiprocessing.connection import wait

def answer(conn, delay, value):
    time.sleep(delay)
    conn.send(value)

if __name__ == "__main__":
    readers = []
    procs = []
    for i, delay in enumerate((0.3, 0.0, 0.6)):
        r, w = multiprocessing.Pipe(False)
        p = multiprocessing.Process(target=answer, args=(w, delay, i))
        p.start()
        w.close()
        readers.append(r)
        procs.append(p)
    got = []
    pending = list(readers)
    while pending:
        for r in wait(pending):
            try:
                got.append(r.recv())
            except EOFError:
                pending.remove(r)
    print(got)
    for p in procs:
        p.join()
    print(wait([p.sentinel for p in procs], timeout=1) == [p.sentinel for p in procs])
    a, b = multiprocessing.Pipe()
    print(wait([a, b], timeout=0.05))
    a.send(1)
    print(wait([a, b]) == [b])
