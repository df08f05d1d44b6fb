import atexit, multiprocessing

def child():
    atexit.register(print, "child's own exit handler")
    print("child runs")

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")
    atexit.register(print, "parent's handler")
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    print("child exitcode", p.exitcode)
