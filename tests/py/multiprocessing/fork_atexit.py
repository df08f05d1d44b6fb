# A forked child ends with os._exit: exit callbacks registered by its target (and those
# the parent registered before start()) never run there; the parent's run at its exit.
import atexit, multiprocessing

def child():
    atexit.register(print, "child's own exit handler")
    print("child runs")

if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    atexit.register(print, "parent's handler")
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    print("child exitcode", p.exitcode)
