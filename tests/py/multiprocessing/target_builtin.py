from multiprocessing import Process
if __name__ == "__main__":
    p = Process(target=print, args=("printed by a builtin target", 42))
    p.start()
    p.join()
    print(p.exitcode)
