# An exception in a thread is reported on stderr by threading.excepthook; the program goes on.
import threading


def boom():
    raise ValueError("boom in thread")


t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues", t.is_alive())
