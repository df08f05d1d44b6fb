# An uncaught exception in the main thread: traceback, then the non-daemon threads are still
# waited for, then status 1.
import threading
import time


def late():
    time.sleep(0.1)
    print("thread finished after the main thread failed")


threading.Thread(target=late).start()
raise ValueError("main failed")
