# Barrier across processes: every party gets a distinct index, the action runs once per
# round; abort() and a timeout break it (threading.BrokenBarrierError).
# (The 60 s timeouts only guard against a hang: children start slowly on a loaded machine.)
import threading
import multiprocessing

def party(barrier, q, rounds):
    for r in range(rounds):
        q.put((r, barrier.wait(60)))

def late(barrier, q):
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        q.put("broken")

if __name__ == "__main__":
    b = multiprocessing.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=party, args=(b, q, 2)) for _ in range(2)]
    for p in ps:
        p.start()
    mine = [b.wait(60), b.wait(60)]
    got = sorted(q.get() for _ in range(4))
    for p in ps:
        p.join()
    print(sorted([(0, mine[0]), (1, mine[1])] + got))
    print(b.n_waiting, b.broken)

    b2 = multiprocessing.Barrier(2)
    p = multiprocessing.Process(target=late, args=(b2, q))
    p.start()
    while b2.n_waiting == 0:
        pass
    b2.abort()
    print(q.get(), b2.broken)
    p.join()
    try:
        b2.wait()
    except threading.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e))
    b2.reset()
    print(b2.broken)
    b3 = multiprocessing.Barrier(2, timeout=0.05)
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        print("timed out, broken:", b3.broken)
