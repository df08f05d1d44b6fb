# Closing every descriptor above stderr leaves the process working: pipes, threads and
# waits go on (gopy's runtime keeps descriptors of its own, which a script cannot see).
import os
import threading

os.closerange(3, 4096)
r, w = os.pipe()
os.write(w, b"still here")
print(os.read(r, 100))
os.close(r)
os.close(w)
for fd in range(3, 64):
    try:
        os.close(fd)
    except OSError:
        pass
t = threading.Thread(target=print, args=("thread ran",))
t.start()
t.join()
ev = threading.Event()
threading.Timer(0.01, ev.set).start()
print(ev.wait(30))
os.closerange(3, 2**31 - 1)
print("ok")
