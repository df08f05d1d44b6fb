from multiprocessing import Process

def worker(n):
    print("worker", n)

if __name__ == "__main__":
    print("main starts")
    p = Process(target=worker, args=(7,))
    p.start()
    p.join()
    print("main ends", p.exitcode)
