# Ctrl-C: SIGINT to the parent and its children gives KeyboardInterrupt in each.
import os
import signal
import time
from multiprocessing import Process


def child(i):
    open("ctrl_c_children.ready%d" % i, "w").close()
    time.sleep(30)


def wait_ready(i):
    name = "ctrl_c_children.ready%d" % i
    while True:
        try:
            open(name).close()
            os.remove(name)
            return
        except OSError:
            time.sleep(0.02)


if __name__ == "__main__":
    ps = [Process(target=child, args=(i,)) for i in range(2)]
    for p in ps:
        p.start()
    for i in range(2):
        wait_ready(i)
    for p in ps:
        os.kill(p.pid, signal.SIGINT)
    try:
        os.kill(os.getpid(), signal.SIGINT)
    except KeyboardInterrupt:
        print("parent: KeyboardInterrupt")
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
