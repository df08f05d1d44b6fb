# os.read and os.waitpid release the GIL: another thread runs while the main one blocks.
import os
import threading
import time

r, w = os.pipe()


def writer():
    time.sleep(0.1)
    os.write(w, b"hello")


t = threading.Thread(target=writer)
t.start()
print(os.read(r, 10))
t.join()
os.close(r)
os.close(w)
