# zlib: streams made by CPython's zlib (every level, strategy, window size, format,
# flushes and a preset dictionary) decompress to the original, in one call, in pieces of
# any size and with output limits; unused data, unconsumed_tail and eof as CPython.
import zlib
from _cpython_streams import DATA, STREAMS

for name, (wbits, blob) in STREAMS.items():
    zdict = DATA[:300] if name == 'zdict' else None
    if zdict is None:
        whole = zlib.decompress(blob, wbits)
    else:
        whole = zlib.decompressobj(wbits, zdict=zdict).decompress(blob)
    pieces = []
    for size in (1, 7, 100, 4096):
        d = zlib.decompressobj(wbits, zdict=zdict) if zdict else zlib.decompressobj(wbits)
        out = b''.join(d.decompress(blob[i:i + size]) for i in range(0, len(blob), size)) + d.flush()
        pieces.append(out == DATA and d.eof and d.unused_data == b'')
    d = zlib.decompressobj(wbits, zdict=zdict) if zdict else zlib.decompressobj(wbits)
    out = b''
    tail = blob + b'TRAILING'
    while not d.eof:
        out += d.decompress(tail, 1000)
        tail = d.unconsumed_tail
    print(name, whole == DATA, pieces, out == DATA, d.unused_data, d.unconsumed_tail)
auto = [zlib.decompress(STREAMS[n][1], 47) == DATA for n in ('default', 'gzip')]
print('auto', auto, zlib.decompress(STREAMS['default'][1], 0) == DATA)
d = zlib.decompressobj()
d.decompress(STREAMS['default'][1] + b'xyz')
print(d.eof, d.unused_data, d.decompress(b'more'), d.unused_data)
c = d.copy()
print(c.eof, c.unused_data)
