"""A thread's wake descriptor (made when it waits on a socket) is not taken for one of Go's
own once the thread is gone: a later descriptor with its number closes normally."""
import os, socket, threading, time
a, b = socket.socketpair()
def wait():
    a.settimeout(5)
    print("got", a.recv(1))
th = threading.Thread(target=wait)
th.start()
time.sleep(0.3)
os.closerange(4000, 4001)  # the os module looks at the process's descriptors now
b.send(b"x")
th.join()
fds = [os.open("/", os.O_RDONLY) for _ in range(8)]
for fd in fds:
    os.close(fd)
print("closed", len(fds))
a.close(); b.close()
