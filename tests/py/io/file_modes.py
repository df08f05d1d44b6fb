# open() with every mode, buffering, closefd and opener; the layers it builds and their
# reprs; CPython's errors for bad arguments. Files live in a temporary directory.
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


with open('data.txt', 'w') as f:
    print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
    print(repr(f), repr(f.buffer), repr(f.buffer.raw))
    print(f.mode, f.buffer.mode, f.name, f.encoding, f.errors, f.line_buffering, f.write_through)
    print(f.readable(), f.writable(), f.seekable(), f.isatty(), f.closed, f.__dict__)
    print(f.write('line one\n'), f.write('línea dos\n'), f.tell())
print(f.closed, f.buffer.closed, f.buffer.raw.closed)
print(repr(f.buffer.raw))

for mode in ('r', 'rt', 'rb', 'r+', 'r+b', 'rb+', 'a', 'ab', 'a+', 'a+b', 'w+', 'wb+', 'x', 'xb', 'x+'):
    if mode.startswith('x') and os.path.exists('new.txt'):
        os.remove('new.txt')
    name = 'new.txt' if mode.startswith('x') else ('copy.txt' if mode[0] in 'wa' else 'data.txt')
    with open(name, mode) as f:
        layers = [type(f).__name__]
        if hasattr(f, 'buffer'):
            layers.append(type(f.buffer).__name__)
        print(mode, layers, f.mode, f.readable(), f.writable(), f.tell())

# Appending creates the file, and starts at its end.
with open('appended.txt', 'a') as f:
    f.write('first\n')
with open('appended.txt', 'a') as f:
    print('append at', f.tell())
    f.write('second\n')
with open('appended.txt', 'a+') as f:
    print(repr(f.read()), f.seek(0), repr(f.read()))
print(repr(open('appended.txt').read()))

# 'x' refuses an existing file; 'r+' writes over, 'w' truncates.
attempt('x existing', lambda: open('appended.txt', 'x'))
with open('appended.txt', 'r+') as f:
    f.write('FIRST')
print(repr(open('appended.txt').read()))
with open('appended.txt', 'w+') as f:
    print(repr(f.read()), f.write('w+ data'), f.seek(0), repr(f.read()))

# Binary and unbuffered.
with open('bytes.bin', 'wb') as f:
    print(f.write(b'\x00\x01\x02abc'), f.write(bytearray(b'de')), f.write(memoryview(b'fg')))
with open('bytes.bin', 'rb', buffering=0) as f:
    print(type(f).__name__, repr(f), f.read(2), f.read(), f.read())
with open('bytes.bin', 'rb') as f:
    print(f.peek(1)[:3], f.read1(2), f.read(3), f.tell(), f.seek(1), f.read(2), f.seek(-2, 2), f.read())
with open('bytes.bin', 'rb', buffering=4) as f:
    print(f.read(5), f.tell(), f.readline())

# buffering=1 is line buffering for text.
with open('lines.txt', 'w', buffering=1) as f:
    print(f.line_buffering)
    f.write('no newline yet')
    print(repr(open('lines.txt').read()))
    f.write(' - now\n')
    print(repr(open('lines.txt').read()))

# closefd=False keeps the descriptor; an opener chooses how to open.
fd = os.open('data.txt', os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(f.name == fd, f.readline(), repr(f.buffer.raw).replace(str(fd), 'FD'))
print(os.read(fd, 4))
os.close(fd)
seen = []


def opener(path, flags):
    seen.append((path, flags & os.O_ACCMODE == os.O_WRONLY))
    return os.open(path, flags, 0o600)


with open('opened.txt', 'w', opener=opener) as f:
    f.write('via opener')
print(seen, oct(os.stat('opened.txt').st_mode & 0o777))

attempt('mode rw', lambda: open('data.txt', 'rw'))
attempt('mode rr', lambda: open('data.txt', 'rr'))
attempt('mode z', lambda: open('data.txt', 'z'))
attempt('mode U', lambda: open('data.txt', 'U'))
attempt('mode rbt', lambda: open('data.txt', 'rbt'))
attempt('mode b', lambda: open('data.txt', 'b'))
attempt('mode +', lambda: open('data.txt', '+'))
attempt('mode int', lambda: open('data.txt', 5))
attempt('text unbuffered', lambda: open('data.txt', 'r', 0))
attempt('binary encoding', lambda: open('data.txt', 'rb', encoding='utf-8'))
attempt('binary errors', lambda: open('data.txt', 'rb', errors='strict'))
attempt('binary newline', lambda: open('data.txt', 'rb', newline='\n'))
attempt('bad newline', lambda: open('data.txt', 'r', newline='x'))
attempt('newline int', lambda: open('data.txt', 'r', newline=5))
attempt('encoding int', lambda: open('data.txt', 'r', encoding=5))
attempt('unknown encoding', lambda: open('data.txt', 'r', encoding='no-such-codec'))
attempt('missing', lambda: open('missing.txt'))
attempt('directory', lambda: open('.'))
attempt('float file', lambda: open(3.5))
attempt('float buffering', lambda: open('data.txt', 'r', 1.5))
attempt('negative fd', lambda: open(-1))
attempt('closefd name', lambda: open('data.txt', closefd=False))
attempt('opener str', lambda: open('data.txt', opener=lambda p, fl: 'x'))
attempt('opener negative', lambda: open('data.txt', opener=lambda p, fl: -1))
attempt('FileIO rt', lambda: io.FileIO('data.txt', 'rt'))
attempt('FileIO r+a', lambda: io.FileIO('data.txt', 'r+a'))
attempt('FileIO empty', lambda: io.FileIO('data.txt', ''))
attempt('FileIO bad fd', lambda: io.FileIO(-3))
attempt('no args', lambda: open())

for name in os.listdir('.'):
    os.remove(name)
os.chdir('/')
os.rmdir(top)
print('done')
