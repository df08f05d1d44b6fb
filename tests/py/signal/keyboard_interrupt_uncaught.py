# An uncaught KeyboardInterrupt: traceback, atexit callbacks, then death by SIGINT (130).
import atexit
import os
import signal

atexit.register(print, "atexit ran")
print("before")
os.kill(os.getpid(), signal.SIGINT)
print("not reached")
