import os
r, w = os.pipe()
print(os.write(w, b"hello world"))
print(os.read(r, 5))
print(os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
