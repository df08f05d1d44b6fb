from multiprocessing import Process
if __name__ == "__main__":
    p = Process()
    p.start()
    p.join()
    print(p.exitcode)
