# SIGINT raises KeyboardInterrupt in the main thread; caught here.
import os
import signal
import time

try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt from os.kill")
signal.alarm(1)
signal.signal(signal.SIGALRM, lambda s, f: os.kill(os.getpid(), signal.SIGINT))
try:
    time.sleep(10)
except KeyboardInterrupt:
    print("KeyboardInterrupt during sleep")
