from multiprocessing import Process, active_children

def work(i):
    if i % 7 == 3:
        raise SystemExit(i % 5)

if __name__ == "__main__":
    procs = [Process(target=work, args=(i,)) for i in range(50)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print([p.exitcode for p in procs])
    print(len(active_children()))
