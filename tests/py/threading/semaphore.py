# A Semaphore(2) lets at most two threads in at once.
import threading
import time

sem = threading.Semaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()


def work():
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.02)
        with guard:
            inside[0] -= 1


ts = [threading.Thread(target=work) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak[0], inside[0])
print(sem.acquire(False), sem.acquire(False), sem.acquire(False))
print(sem.acquire(timeout=0.02))
