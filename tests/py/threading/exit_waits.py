# The interpreter waits for non-daemon threads at exit, before atexit callbacks.
import atexit
import threading
import time

atexit.register(print, "atexit callback")


def late():
    time.sleep(0.2)
    print("non-daemon thread finished")


threading.Thread(target=late).start()
print("main done")
