data = b"hi!"
for c in data:
    print(c)
print([c + 1 for c in data], {c for c in b"aab"}, list(bytearray(b"xy")))
print(sum(c for c in b"\x01\x02\x03"))
