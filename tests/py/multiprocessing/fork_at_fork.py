# os.register_at_fork's handlers run where os.fork() would run them for the 'fork' start
# method: "before" (last registered first) and "after_in_parent" in the parent around
# start(), "after_in_child" in the child before the target; none for 'spawn'. A failing
# handler is reported and the others still run.
import multiprocessing as mp, os, sys

log = []

def note(tag):
    def handler():
        log.append((tag, os.getpid() == parent_pid))
    return handler

def fails():
    raise ValueError("handler failed")

def child():
    print("child log", log)

parent_pid = os.getpid()
os.register_at_fork(before=note("before 1"), after_in_parent=note("parent 1"), after_in_child=note("child 1"))
os.register_at_fork(before=note("before 2"), after_in_child=note("child 2"))
os.register_at_fork(after_in_parent=fails)
os.register_at_fork(after_in_parent=note("parent 2"))
for bad in ({}, {"before": 3}, {"bogus": print}):
    try:
        os.register_at_fork(**bad)
    except TypeError as e:
        print("TypeError:", e)

if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("parent log", log, p.exitcode)
    sys.stdout.flush()
    p = mp.get_context("spawn").Process(target=child)
    p.start()
    p.join()
    print("after spawn", log, p.exitcode)
