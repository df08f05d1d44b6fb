# os.open of a FIFO blocks until the other end opens: the GIL is released meanwhile, so
# another thread can open the writing end.
import os, tempfile, threading
d = tempfile.mkdtemp()
f = os.path.join(d, "fifo")
os.mkfifo(f)
def writer():
    fd = os.open(f, os.O_WRONLY)
    os.write(fd, b"through the fifo")
    os.close(fd)
t = threading.Thread(target=writer)
t.start()
fd = os.open(f, os.O_RDONLY)
print(os.read(fd, 100))
os.close(fd)
t.join()
os.unlink(f); os.rmdir(d)
