# SIGINT while the parent waits in Process.join(): KeyboardInterrupt comes out of join.
import os
import signal
import time
from multiprocessing import Process


def sleeper():
    time.sleep(30)


if __name__ == "__main__":
    p = Process(target=sleeper)
    p.start()
    signal.signal(signal.SIGALRM, lambda s, f: os.kill(os.getpid(), signal.SIGINT))
    signal.alarm(1)
    try:
        p.join()
    except KeyboardInterrupt:
        print("KeyboardInterrupt in join", p.is_alive())
    p.terminate()
    p.join()
    print("exitcode", p.exitcode)
