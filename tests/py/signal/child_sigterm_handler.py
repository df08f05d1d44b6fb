# A handler installed in a child runs when the parent calls terminate().
import os
import signal
import sys
import time
from multiprocessing import Process

READY = "child_sigterm_handler.ready"


def on_term(signum, frame):
    print("child got SIGTERM", signum == signal.SIGTERM, flush=True)
    sys.exit(7)


def child():
    signal.signal(signal.SIGTERM, on_term)
    open(READY, "w").close()
    time.sleep(30)


if __name__ == "__main__":
    p = Process(target=child)
    p.start()
    while True:
        try:
            open(READY).close()
            break
        except OSError:
            time.sleep(0.02)
    os.remove(READY)
    p.terminate()
    p.join()
    print("exitcode", p.exitcode)
