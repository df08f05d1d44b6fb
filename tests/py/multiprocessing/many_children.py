from multiprocessing import Process

def square(n):
    if n * n != n ** 2:
        raise ValueError(n)

if __name__ == "__main__":
    procs = [Process(target=square, args=(i,)) for i in range(20)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(sorted(set(p.exitcode for p in procs)))
