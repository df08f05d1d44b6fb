# BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair over files and
# BytesIO: reads, peeks, seeks inside and outside the buffer, writes that pass the
# buffer size, mixing reads and writes, detach, and their errors.
import io
import os
import tempfile

top = tempfile.mkdtemp()
os.chdir(top)


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


with open('digits.bin', 'wb') as f:
    f.write(b'0123456789' * 5)

with open('digits.bin', 'rb', buffering=8) as f:
    print(f.read(3), f.tell(), f.peek()[:5], f.read1(2), f.tell())
    print(f.seek(2, 1), f.read(2), f.seek(1), f.read(2), f.seek(-3, 2), f.read(), f.tell())
    print(f.seek(0), f.readline(), f.read(0), f.readinto(bytearray(5)))
    ba = bytearray(4)
    print(f.readinto1(ba), ba, f.tell())
    attempt('read -2', lambda: f.read(-2))
    attempt('whence 7', lambda: f.seek(0, 7))
    attempt('seek float', lambda: f.seek(1.5))
    attempt('write', lambda: f.write(b'x'))
    attempt('truncate', f.truncate)
    attempt('readinto bytes', lambda: f.readinto(b'abc'))
print(repr(f))
for name in ('read', 'read1', 'peek', 'readline', 'tell', 'seek', 'flush', 'fileno', 'detach'):
    attempt('closed ' + name, lambda: getattr(f, name)(*((0,) if name == 'seek' else ())))

with open('out.bin', 'wb', buffering=4) as w:
    print(w.write(b'ab'), os.path.getsize('out.bin'))
    print(w.write(b'cdefgh'), os.path.getsize('out.bin'), w.tell())
    w.write(b'i')
    print(os.path.getsize('out.bin'))
    w.flush()
    print(os.path.getsize('out.bin'), w.seek(0), w.write(b'X'), w.tell(), w.truncate(5))
    attempt('read on writer', w.read)
    attempt('peek on writer', lambda: w.peek())
    attempt('write str', lambda: w.write('s'))
print(open('out.bin', 'rb').read())
attempt('write closed', lambda: w.write(b'x'))
attempt('flush closed', w.flush)

with open('digits.bin', 'r+b', buffering=8) as r:
    print(r.read(3), r.write(b'AB'), r.tell(), r.read(2), r.tell())
    r.seek(0)
    print(r.read(10))
    r.seek(20)
    r.write(b'----')
    print(r.read(3), r.tell())
    r.seek(0, 2)
    r.write(b'END')
    print(r.tell())
print(open('digits.bin', 'rb').read())

rw = io.BufferedRWPair(io.BytesIO(b'incoming data'), io.BytesIO())
print(rw.read(8), rw.peek()[:2], rw.read1(2), rw.write(b'out'), rw.readable(), rw.writable())
print(rw.seekable(), rw.closed, rw.readline())
attempt('rwpair seek', lambda: rw.seek(0))
attempt('rwpair name', lambda: rw.name)
rw.close()
print(rw.closed)

b = io.BufferedReader(io.BytesIO(b'xyz'))
raw = b.detach()
print(type(raw).__name__, b.raw, repr(b))
attempt('read detached', b.read)
attempt('name detached', lambda: b.name)
attempt('bad size', lambda: io.BufferedReader(io.BytesIO(), 0))
attempt('reader of writer', lambda: io.BufferedReader(io.BufferedWriter(io.BytesIO())))
attempt('writer of reader', lambda: io.BufferedWriter(io.BufferedReader(io.BytesIO())))
attempt('no raw', lambda: io.BufferedReader())

for name in os.listdir('.'):
    os.remove(name)
os.chdir('/')
os.rmdir(top)
