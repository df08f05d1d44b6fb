# 8 threads increment one counter under a Lock (and under an RLock): the exact total.
import threading

counter = [0]
lock = threading.Lock()
rlock = threading.RLock()


def work(n, lk):
    for i in range(n):
        with lk:
            counter[0] += 1


for lk in [lock, rlock]:
    counter[0] = 0
    threads = [threading.Thread(target=work, args=(2000, lk)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(counter[0], lk.acquire(False))
    lk.release()
