# io.StringIO and io.BytesIO: writing over and past the end, reading lines, seeking, closing,
# errors, newline translation, and capturing print() with contextlib.redirect_stdout.
import io
from contextlib import redirect_stdout
s = io.StringIO()
print(s.write('hello\n'), s.write('world'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()), s.tell())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell())
s.seek(20)
s.write('!')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.readable(), s.writable(), s.seekable())
t = io.StringIO('line1\nline2\nline3')
print(list(t), t.readlines())
t.seek(0)
print(t.readlines(), [l for l in io.StringIO('a\nb\n')])
with io.StringIO('x') as f:
    print(f.read(), f.closed)
print(f.closed)
for call in [lambda: f.read(), lambda: io.StringIO().write(3), lambda: io.StringIO().seek(-1), lambda: io.StringIO('ab').seek(1, 1),
             lambda: io.BytesIO().write('s'), lambda: io.StringIO(5)]:
    try:
        call()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured', 42)
    print('second line')
print(repr(buf.getvalue()))
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(0, 2)
b.write(b'!')
b.seek(1)
b.write(bytearray(b'ZZ'))
print(b.getvalue(), b.seek(-2, 2), b.read())
print(io.SEEK_END, isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), issubclass(io.UnsupportedOperation, OSError))
n = io.StringIO(newline=None)
n.write('a\r\nb\rc\n')
print(repr(n.getvalue()))
