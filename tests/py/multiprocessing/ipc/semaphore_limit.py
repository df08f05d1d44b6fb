import time
from multiprocessing import Process, Semaphore, Value

def work(sem, active, peak):
    with sem:
        with active.get_lock():
            active.value += 1
            if active.value > peak.value:
                peak.value = active.value
        time.sleep(0.05)
        with active.get_lock():
            active.value -= 1

if __name__ == "__main__":
    sem = Semaphore(2)
    active, peak = Value("i", 0), Value("i", 0)
    procs = [Process(target=work, args=(sem, active, peak)) for _ in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("peak at most 2:", peak.value <= 2, "final", active.value)
