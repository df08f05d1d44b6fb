# Timer runs its function after the interval; a cancelled Timer never does.
import threading

log = []
t1 = threading.Timer(0.05, log.append, args=["fired"])
t2 = threading.Timer(0.05, log.append, args=["cancelled one fired"])
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(log)
print(t1.is_alive(), t2.is_alive())
