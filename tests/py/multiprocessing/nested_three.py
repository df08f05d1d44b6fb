from multiprocessing import Process, current_process

def level(n):
    print("level", n, current_process().name)
    if n < 3:
        p = Process(target=level, args=(n + 1,))
        p.start()
        p.join()
        print("level", n, "joined", p.name, p.exitcode)

if __name__ == "__main__":
    level(0)
