# sys.exit in the main thread still waits for non-daemon threads; their output comes first.
import sys
import threading
import time


def late():
    time.sleep(0.1)
    print("worker done")


threading.Thread(target=late).start()
print("exiting")
sys.exit(3)
