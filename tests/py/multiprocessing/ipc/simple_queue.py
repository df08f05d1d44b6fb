# SimpleQueue within a process and across processes.
import multiprocessing

def echo(inq, outq):
    while True:
        x = inq.get()
        if x is None:
            break
        outq.put([x, x])

if __name__ == "__main__":
    q = multiprocessing.SimpleQueue()
    print(type(q).__name__, q.empty())
    q.put({"a": (1, 2)})
    print(q.empty())
    print(q.get(), q.empty())
    inq, outq = multiprocessing.SimpleQueue(), multiprocessing.SimpleQueue()
    p = multiprocessing.Process(target=echo, args=(inq, outq))
    p.start()
    for x in ["a", 1, None]:
        inq.put(x)
        if x is not None:
            print(outq.get())
    p.join()
    print(p.exitcode)
    q.close()
    try:
        q.get()
    except OSError as e:
        print(type(e).__name__, e)
    try:
        q.put(1)
    except OSError as e:
        print(type(e).__name__, e)
