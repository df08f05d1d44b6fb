# A bytearray refuses to resize while a memoryview of it is alive, not after a temporary view
# (memoryview(b).tobytes()) is gone; released and deleted views stop blocking.
b = bytearray(b"abc")
print(memoryview(b).tobytes())
b.append(1)
print(b)
m = memoryview(b)
try:
    b.append(2)
except BufferError as e: print(e)
m.release()
b.append(3); print(b)
with memoryview(b) as m2:
    print(m2[0])
b.pop(); print(b)

b = bytearray(b"abcdef")  # second part
for i in range(5):
    memoryview(b)[0]
    b.append(48 + i)
print(b)
def view():
    return memoryview(b)[1:3]
v = view()
try:
    b.extend(b"x")
except BufferError as e:
    print("blocked:", e)
print(v.tobytes())
del v
b.extend(b"y")
print(b)
m = memoryview(b)
m2 = m[2:]
m.release()
try:
    b.pop()
except BufferError as e:
    print("m2 blocks:", e)
m2.release()
b.pop()
print(b, len(b))
with memoryview(b) as mm:
    print(bytes(mm[:2]))
b.clear()
print(b)
