# zlib: CPython's errors for bad data (zlib's messages in zlib's order), bad arguments and
# misuse.
import zlib

good = zlib.compress(b'hello hello hello', 6)
gz = zlib.compress(b'hello', 6, 31)
cases = [b'', b'x\x9c', b'abc', good[:-1], good[:-2] + b'\x00\x00', bytes([0x78, 0x9c, 0x07]), bytes([0x78, 0x9c, 0x01, 0x05, 0x00, 0x05, 0x00]),
         bytes([0x78, 0x9c, 0xfd, 0xff, 0xff]), bytes([0x88, 0x98]) + b'xx', bytes([0x79, 0x9b]), bytes([0x78, 0x9c, 0x04, 0xc0, 0x21, 0x01]),
         bytes([0x78, 0x9c, 0x63, 0x18, 0x06, 0x00]), bytes([0x78, 0x9c, 0x4b, 0x04, 0x05, 0x00]), b'\x78\x9c\x03\x00\x00\x00\x00\x02']
for i, blob in enumerate(cases):
    try:
        print(i, zlib.decompress(blob))
    except zlib.error as e:
        print(i, e)
for blob in [gz[:3] + b'\x20' + gz[4:], gz[:2] + b'\x09' + gz[3:], gz[:-5] + bytes([gz[-5] ^ 1]) + gz[-4:], gz[:-1] + b'\x01', gz[:5], gz[:3] + b'\x02' + gz[4:]]:
    try:
        print(zlib.decompress(blob, 31))
    except zlib.error as e:
        print(e)
for expr in ["zlib.decompress(good, 8)", "zlib.decompress(good, 7)", "zlib.decompress(good, 31)", "zlib.decompress(gz)", "zlib.decompress(good, bufsize=-1)",
             "zlib.compress(b'x', 10)", "zlib.compress(b'x', wbits=7)", "zlib.compress('x')", "zlib.compressobj(10)", "zlib.compressobj(method=9)",
             "zlib.compressobj(memLevel=0)", "zlib.compressobj(strategy=5)", "zlib.compressobj(wbits=40)", "zlib.compressobj(zdict='x')",
             "zlib.decompressobj(wbits=7)", "zlib.decompressobj(zdict=1)", "zlib.decompressobj().decompress(b'x', -1)", "zlib.decompressobj().flush(0)",
             "zlib.decompressobj().decompress('x')", "zlib.crc32()", "zlib.crc32(b'', 1, 2)", "zlib.adler32('x')", "zlib.crc32(b'', 1.0)",
             "zlib.decompressobj(zdict=b'x').decompress(zlib.compressobj(zdict=b'y').compress(b'abc') + zlib.compressobj(zdict=b'y').flush())"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
