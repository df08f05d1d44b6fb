# zlib: what gopy compresses (every level, format, strategy, flush mode, dictionary, copy)
# decompresses to the original; the header and trailer bytes are zlib's; checksums exact.
# (The deflate bytes between them come from another encoder than CPython's zlib and are
# not printed.)
import zlib

data = bytes(range(256)) * 20 + b'abcabcabc' * 300
for wbits in (15, 9, 8, -15, -9, 31, 25):
    for level in (-1, 0, 1, 2, 6, 9):
        blob = zlib.compress(data, level, wbits)
        head = blob[:2] if 8 <= wbits <= 15 else blob[:10] if wbits > 15 else b''
        dwbits = wbits if wbits != 8 else 9
        print(wbits, level, head, zlib.decompress(blob, dwbits) == data, blob[-4:] if wbits > 0 else '')
for strategy in range(5):
    c = zlib.compressobj(5, zlib.DEFLATED, 15, 7, strategy)
    blob = c.compress(data) + c.flush()
    print('strategy', strategy, blob[:2], zlib.decompress(blob) == data)
c = zlib.compressobj()
out = [c.compress(b'')]
for mode in (zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK):
    out.append(c.compress(data[:1000]))
    out.append(c.flush(mode))
out.append(c.flush())
print(out[0], out[2], zlib.decompress(b''.join(out)) == data[:1000] * 5, c.flush(zlib.Z_NO_FLUSH))
for call in (lambda: c.compress(b'x'), lambda: c.flush()):
    try:
        call()
    except zlib.error as e:
        print(e)
c = zlib.compressobj(9, zlib.DEFLATED, -15, 8, 0, b'abcabcabc')
raw = c.compress(data) + c.flush()
print(zlib.decompressobj(-15, zdict=b'abcabcabc').decompress(raw) == data)
c = zlib.compressobj(zdict=bytearray(b'dictionary'))
blob = c.compress(b'dictionary words') + c.flush()
print(blob[:6], zlib.decompressobj(zdict=b'dictionary').decompress(blob))
c = zlib.compressobj()
head = c.compress(data[:5000])
c2 = c.copy()
print(zlib.decompress(head + c.flush()) == data[:5000], zlib.decompress(head + c2.compress(b'!') + c2.flush()) == data[:5000] + b'!')
print(zlib.compress(b''), zlib.compress(b'', 0), zlib.compress(b'', 9, 31))
print(zlib.crc32(data), zlib.crc32(data, 123), zlib.crc32(b'', -1), zlib.adler32(data), zlib.adler32(b'abc', 0), zlib.adler32(b'abc', -1), zlib.adler32(b'', 0xffffffff), zlib.adler32(b'x' * 10000, 2**40 + 77))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_SYNC_FLUSH, zlib.Z_FINISH, zlib.ZLIB_VERSION, type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)
