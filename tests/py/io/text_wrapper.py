# TextIOWrapper: encodings and error handlers, newline modes, readline and iteration,
# tell()/seek() cookies, reconfigure, detach, line_buffering and write_through.
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


with open('mixed.txt', 'w', newline='') as f:
    f.write('one\r\ntwo\rthree\nfour')
for nl in (None, '', '\n', '\r', '\r\n'):
    with open('mixed.txt', newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
with open('mixed.txt') as f:
    print(repr(f.read()), f.newlines)
for nl in (None, '', '\n', '\r', '\r\n'):
    with open('out.txt', 'w', newline=nl) as f:
        f.write('a\nb\r\nc\r')
    print(repr(nl), open('out.txt', 'rb').read())

# Encodings and errors.
text = 'caf\xe9 \u20ac\n'
for enc in ('utf-8', 'latin-1', 'ascii', 'utf8', 'UTF-8', 'Latin1', 'utf-8-sig'):
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'):
        try:
            with open('enc.txt', 'w', encoding=enc, errors=errors) as f:
                f.write(text)
            data = open('enc.txt', 'rb').read()
            back = open('enc.txt', encoding=enc, errors='replace').read()
            print(enc, errors, data, ascii(back), f.encoding)
        except UnicodeError as e:
            print(enc, errors, type(e).__name__, e)
with open('bad.bin', 'wb') as f:
    f.write(b'ok\xff\xfe then \xe2\x82 end\n')
for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
    try:
        print(errors, ascii(open('bad.bin', errors=errors).read()))
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e, e.start, e.end)
attempt('ascii read', lambda: open('bad.bin', encoding='ascii').read())

# Reading: read(n) counts characters, readline(limit), iteration, readlines(hint).
with open('lines.txt', 'w', encoding='utf-8') as f:
    for i in range(5):
        f.write('ligne %d é\n' % i)
with open('lines.txt', encoding='utf-8') as f:
    print(repr(f.read(3)), repr(f.read(8)), repr(f.readline()), repr(f.readline(4)), repr(f.readline(0)))
    print(f.readlines(12))
    print(list(f))
    print(repr(f.read()), repr(f.readline()))

# tell() and seek() as positions (cookies) that can be gone back to.
with open('lines.txt', encoding='utf-8') as f:
    marks = []
    while True:
        marks.append(f.tell())
        if not f.readline():
            break
    print(marks)
    f.seek(marks[2])
    print(repr(f.readline()))
    f.read(9)
    pos = f.tell()
    rest = f.read(5)
    f.seek(pos)
    print(pos, rest == f.read(5))
    print(f.seek(0, 2), f.tell(), repr(f.read()))
    attempt('cur seek', lambda: f.seek(3, 1))
    attempt('end seek', lambda: f.seek(-1, 2))
    attempt('whence', lambda: f.seek(0, 3))
    attempt('negative', lambda: f.seek(-5))
    print(f.seek(0, 1) == f.tell())
    f.seek(0)
    next(f)
    attempt('tell in iteration', f.tell)
    for _ in f:
        pass
    print('tell after iteration', f.tell())
with open('crlf.txt', 'w', newline='') as f:
    f.write('a\r\nb\r\nc\r\n' * 3)
with open('crlf.txt') as f:
    positions = []
    while True:
        c = f.read(1)
        if not c:
            break
        positions.append(f.tell())
    print(positions)
    f.seek(positions[3])
    print(repr(f.read()))

# Writing: line buffering, write_through, flush, reconfigure, detach.
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding='utf-8')
print(repr(t), t.write('pending'), raw.getvalue())
t.flush()
print(raw.getvalue())
t.reconfigure(line_buffering=True)
t.write(' and a line\n')
print(raw.getvalue(), t.line_buffering)
t.reconfigure(line_buffering=False, write_through=True)
t.write('!')
print(raw.getvalue(), t.write_through)
t.reconfigure(encoding='latin-1')
t.write('\xe9')
print(raw.getvalue(), t.encoding, t.errors)
t.reconfigure(errors='replace')
t.write('\u20ac')
print(raw.getvalue(), t.errors)
attempt('reconfigure positional', lambda: t.reconfigure('utf-8'))
attempt('reconfigure bad newline', lambda: t.reconfigure(newline='x'))
b = t.detach()
print(b is raw, repr(t))
attempt('after detach', lambda: t.write('x'))
attempt('buffer after detach', lambda: t.buffer)

b = io.BytesIO(b'12')
b.seek(1)
w = io.TextIOWrapper(b, encoding='utf-8-sig')
w.write('x')
w.flush()
print(b.getvalue())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8-sig')
w.write('x')
w.seek(0)
w.write('y')
w.flush()
print(b.getvalue())
w = io.TextIOWrapper(io.BytesIO(b'\xef\xbb\xbfab'), encoding='utf-8-sig')
print(w.read(1), w.tell(), w.read(), w.seek(0), w.read())

r = io.TextIOWrapper(io.BytesIO(b'abc\ndef\n'))
print(r.read(1))
attempt('reconfigure after read', lambda: r.reconfigure(encoding='ascii'))
r.reconfigure(line_buffering=True)
print(r.line_buffering, r.readline())

# Errors of a closed file and of unsupported operations.
f = open('lines.txt')
f.close()
for name in ('read', 'readline', 'tell', 'flush', 'fileno', 'isatty', 'readable', '__next__', '__iter__', 'seekable'):
    attempt('closed ' + name, getattr(f, name))
attempt('closed write', lambda: f.write('x'))
attempt('closed seek', lambda: f.seek(0))
attempt('closed enter', f.__enter__)
f.close()
with open('lines.txt') as f:
    attempt('write on r', lambda: f.write('x'))
    attempt('truncate on r', f.truncate)
    attempt('write bytes', lambda: f.write(b'x'))
with open('w.txt', 'w') as f:
    attempt('read on w', f.read)
    attempt('readline on w', f.readline)
    attempt('next on w', lambda: next(f))
    print(f.truncate(), f.write('abcdef'), f.truncate(3), f.tell())
print(repr(open('w.txt').read()))
attempt('bad chunk size', lambda: setattr(io.TextIOWrapper(io.BytesIO()), '_CHUNK_SIZE', 0))
print(io.TextIOWrapper(io.BytesIO())._CHUNK_SIZE)
attempt('TextIOWrapper encoding', lambda: io.TextIOWrapper(io.BytesIO(), encoding=3))
attempt('TextIOWrapper errors', lambda: io.TextIOWrapper(io.BytesIO(), errors=3))
attempt('TextIOWrapper newline', lambda: io.TextIOWrapper(io.BytesIO(), newline='\t'))
print(repr(io.TextIOWrapper(io.BytesIO(), encoding='ascii')))

for name in os.listdir('.'):
    os.remove(name)
os.chdir('/')
os.rmdir(top)
