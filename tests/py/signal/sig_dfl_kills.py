# SIG_DFL of SIGTERM ends the process at once: buffered output is lost, status 128+15.
import os
import signal
import sys

print("this line stays in the buffer")
sys.stderr.write("to stderr\n")
os.kill(os.getpid(), signal.SIGTERM)
print("not reached")
