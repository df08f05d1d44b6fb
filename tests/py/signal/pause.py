# pause() returns after a signal's handler has run.
import signal

signal.signal(signal.SIGALRM, lambda signum, frame: print("handler", signum))
signal.alarm(1)
signal.pause()
print("after pause")
