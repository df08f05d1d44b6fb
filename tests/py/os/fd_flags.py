import os
r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
os.set_inheritable(r, True)
os.set_blocking(r, False)
print(os.get_inheritable(r), os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
d = os.dup(w)
print(d > w, os.get_inheritable(d))
print(os.dup2(w, 60), os.get_inheritable(60))
print(os.dup2(w, 61, inheritable=False), os.get_inheritable(61))
os.write(61, b"via dup2")
os.set_blocking(r, True)
print(os.read(r, 100))
for fd in (r, w, d, 60, 61):
    os.close(fd)
os.get_inheritable(r)
