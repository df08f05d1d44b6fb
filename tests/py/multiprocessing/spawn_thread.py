# A process started from a thread in a script without a main guard, under spawn: the
# child's import of the main module starts the thread again, and that thread's start() is
# CPython's bootstrapping RuntimeError; the child's own target still runs afterwards.
import multiprocessing as mp, sys, threading

def work(tag):
    print("work", tag)

def starter():
    p = mp.Process(target=work, args=("from a thread",))
    try:
        p.start()
    except RuntimeError as e:
        print("RuntimeError in", __name__, "bootstrapping phase" in str(e))
        return
    p.join()
    print("exitcode", p.exitcode)

mp.set_start_method("spawn", force=True)
t = threading.Thread(target=starter)
t.start()
t.join()
sys.stdout.flush()
