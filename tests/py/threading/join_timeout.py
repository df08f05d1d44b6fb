# join(timeout) returns while the thread still runs; is_alive tells.
import threading
import time

ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
t.join(0.05)
print(t.is_alive())
ev.set()
t.join()
print(t.is_alive())
