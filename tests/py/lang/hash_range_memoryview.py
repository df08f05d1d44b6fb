# range hashes by content; a read-only memoryview hashes like its bytes; slices are unhashable.
print(hash(range(3)) == hash(range(0, 3, 1)), range(3) in {range(3): 1}, hash(range(3)), hash(range(2, 10, 3)))
print(hash(memoryview(b'ab')) == hash(b'ab'), {memoryview(b'x'): 1}[b'x'])
for bad in (lambda: hash(slice(1)), lambda: hash(memoryview(bytearray(b'x')))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
