from multiprocessing import Process, Lock, Value

def add(lock, counter, n):
    for _ in range(n):
        with lock:
            counter.value += 1

if __name__ == "__main__":
    lock = Lock()
    counter = Value("i", 0, lock=False)
    procs = [Process(target=add, args=(lock, counter, 200)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(counter.value)
