# Daemon threads are abandoned at exit: their later output never appears.
import threading
import time


def forever():
    time.sleep(30)
    print("never printed")


started = threading.Event()


def run():
    print("daemon started")
    started.set()
    forever()


t = threading.Thread(target=run, daemon=True)
t.start()
started.wait()
print("daemon", t.daemon, t.is_alive())
print("main exits")
