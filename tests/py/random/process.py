# Workers seeded with their index draw the same numbers as python3's, and a Random
# instance travels to a child by pickling its state.
import random
from multiprocessing import Process, Queue


def work(seed, q):
    rng = random.Random(seed)
    q.put((seed, [rng.randint(0, 99) for _ in range(5)]))


def cont(rng, q):
    q.put(rng.random())


if __name__ == '__main__':
    q = Queue()
    procs = [Process(target=work, args=(i, q)) for i in range(3)]
    for p in procs:
        p.start()
    print(sorted(q.get() for _ in procs))
    for p in procs:
        p.join()
    rng = random.Random(7)
    rng.random()
    p = Process(target=cont, args=(rng, q))
    p.start()
    print(q.get() == rng.random())
    p.join()
