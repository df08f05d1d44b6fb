# gzip: files written by gopy read back (binary and text modes, several members, seek,
# readline, iteration), CPython's member headers (name, mtime, flags), BadGzipFile and
# EOFError, and compress/decompress in one call.
import gzip
import io
import os
import struct

data = b''.join(b'line %d of the file\n' % i for i in range(2000))
name = 'files_test.txt.gz'
try:
    with gzip.open(name, 'wb', compresslevel=5) as f:
        f.write(data[:10000])
        f.write(memoryview(data[10000:]))
    with open(name, 'rb') as f:
        raw = f.read()
    magic, method, flags, mtime, xfl, osbyte = struct.unpack('<2sBBIBB', raw[:10])
    print(magic, method, flags, xfl, osbyte, raw[10:raw.index(b'\0', 10)], mtime > 0)
    with gzip.open(name) as f:
        print(f.read(20), f.readline(), f.tell(), len(f.read()), f.read(), f.mtime == mtime)
    with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
        f.seek(5)
        print(f.read(10), f.tell(), f.seek(3, 1), f.read(4))
        f.seek(2)
        print(f.read(3), f.tell())
    with gzip.open(name, 'rt', encoding='ascii') as f:
        lines = list(f)
    print(len(lines), lines[0], lines[-1])
    with gzip.open(name, 'ab') as f:
        f.write(b'second member\n')
    with gzip.open(name, 'rb') as f:
        whole = f.read()
    print(whole == data + b'second member\n')
finally:
    os.unlink(name)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=12345, filename='x.txt') as g:
    g.write(b'abc' * 100)
raw = buf.getvalue()
print(raw[:16], gzip.decompress(raw))
print(gzip.decompress(gzip.compress(data, mtime=0)) == data, gzip.compress(b'', mtime=0)[:10], gzip.compress(b'x', 1, mtime=7)[:10], gzip.compress(b'x', 9, mtime=7)[:10])
two = gzip.compress(b'one ', mtime=1) + b'\0\0' + gzip.compress(b'two', mtime=2)
print(gzip.decompress(two), gzip.GzipFile(fileobj=io.BytesIO(two)).read())
# A member written by CPython (the deflate data differs between encoders).
cpython = b'\x1f\x8b\x08\x0890\x00\x00\x02\xffx.txt\x00KLJN\x1cE\xc4!\x00\x84\xb8\xc4\xd0,\x01\x00\x00'
print(gzip.decompress(cpython) == b'abc' * 100)
raw = cpython
for bad in [b'not gzip', raw[:-9] + b'\x00' * 9, raw[:20], raw[:-8] + b'\x00\x00\x00\x00' + raw[-4:], raw[:-4] + b'\x00\x00\x00\x00', raw[:2] + b'\x09' + raw[3:]]:
    for fn in (gzip.decompress, lambda b: gzip.GzipFile(fileobj=io.BytesIO(b)).read()):
        try:
            print(fn(bad))
        except (gzip.BadGzipFile, EOFError, OSError) as e:
            print(type(e).__name__, e)
for call in (lambda: gzip.open('x', 'rbt'), lambda: gzip.open('x', 'rb', encoding='utf-8'), lambda: gzip.open(5), lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z')):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
g = gzip.GzipFile(fileobj=io.BytesIO(raw))
print(g.readable(), g.writable(), g.seekable(), g.closed, g.read(4), g.peek(2)[:2])
g.close()
print(g.closed)
w = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    w.read()
except OSError as e:
    print(e)
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)
