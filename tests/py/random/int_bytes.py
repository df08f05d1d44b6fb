# int.bit_length, bit_count, to_bytes and from_bytes, which random stands on.
for n in [0, 1, 5, 255, 256, -1, -256, 2**63 - 1, 2**64, -2**70, True]:
    print(n, n.bit_length(), n.bit_count())
print((5).to_bytes(2, 'little'), (1024).to_bytes(2, 'big'), (-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'))
print((2**70).to_bytes(9, 'little'), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, byteorder='big', signed=True))
print((255).to_bytes(), (3).to_bytes(length=3, byteorder='little'))
print(int.from_bytes(b'\x01\x02', 'big'), int.from_bytes(b'\x01\x02', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print(int.from_bytes(bytes(10) + b'\x01', 'big'), int.from_bytes([1, 2, 3], 'little'), int.from_bytes(b''), int.from_bytes(b'\x80\x00', byteorder='big', signed=True))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes(b'1', 'x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
