# SIGINT while the main thread waits in Thread.join() or Lock.acquire(): KeyboardInterrupt
# comes out of the wait; the other thread goes on.
import os
import signal
import threading

release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
signal.signal(signal.SIGALRM, lambda s, f: os.kill(os.getpid(), signal.SIGINT))
signal.alarm(1)
try:
    t.join()
except KeyboardInterrupt:
    print("KeyboardInterrupt in join")
lock = threading.Lock()
lock.acquire()
signal.alarm(1)
try:
    lock.acquire()
except KeyboardInterrupt:
    print("KeyboardInterrupt in acquire", lock.locked())
release.set()
t.join()
print("thread done", t.is_alive())
