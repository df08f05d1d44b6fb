# The graceful-shutdown pattern: a SIGTERM handler raises SystemExit; finally blocks run.
import os
import signal
import sys
import time


def on_term(signum, frame):
    print("terminating", signum)
    sys.exit(5)


signal.signal(signal.SIGTERM, on_term)
signal.signal(signal.SIGALRM, lambda s, f: os.kill(os.getpid(), signal.SIGTERM))
signal.alarm(1)
try:
    while True:
        time.sleep(0.05)
finally:
    print("cleanup in finally")
