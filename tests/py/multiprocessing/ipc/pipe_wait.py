# multiprocessing.connection.wait() over connections and sentinels. The children answer in
# an order the parent imposes with events (not with sleeps, which a loaded machine breaks):
# child 1 at once, child 0 once the parent has 1's answer, child 2 once it has 0's.
import multiprocessing
from multiprocessing.connection import wait

def answer(conn, after, value):
    if after is not None:
        after.wait()
    conn.send(value)

if __name__ == "__main__":
    got_value = [multiprocessing.Event() for _ in range(3)]
    readers = []
    procs = []
    for i, after in enumerate((got_value[1], None, got_value[0])):
        r, w = multiprocessing.Pipe(False)
        p = multiprocessing.Process(target=answer, args=(w, after, i))
        p.start()
        w.close()
        readers.append(r)
        procs.append(p)
    got = []
    pending = list(readers)
    while pending:
        for r in wait(pending):
            try:
                v = r.recv()
                got.append(v)
                got_value[v].set()
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
