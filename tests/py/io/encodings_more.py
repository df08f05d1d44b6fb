# Text files in UTF-16, UTF-32 (BOM, byte orders) and single-byte encodings: write, read,
# lines, tell/seek, append and r+ (no second BOM), decoding errors.
import os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')
def t(f):
    try: print(ascii(f()))
    except Exception as e: print(type(e).__name__, e)
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'UTF-32BE', 'cp1252', 'koi8-r', 'latin2', 'mac-roman']:
    text = 'h\xe9llo\nw\xf6rld\n' if enc in ('cp1252','latin2','mac-roman') else ('привет\n' if enc == 'koi8-r' else 'h\xe9llo \U0001f600\nline2\r\nend')
    with open(p, 'w', encoding=enc) as f:
        f.write(text[:3]); f.write(text[3:])
    with open(p, 'rb') as f:
        print(enc, f.read())
    with open(p, encoding=enc) as f:
        print(ascii(f.read()))
    with open(p, encoding=enc, newline='') as f:
        print([ascii(l) for l in f])
    with open(p, encoding=enc) as f:
        f.readline(); pos = f.tell(); rest = f.read(); f.seek(pos); print(pos, ascii(rest), ascii(f.read()) == ascii(rest))
    with open(p, 'a', encoding=enc) as f:
        f.write('Z')
    with open(p, 'rb') as f:
        print(f.read()[-8:])
    with open(p, 'r+', encoding=enc) as f:
        f.seek(0); f.write('Q'); f.seek(0, 2); f.write('E')
    with open(p, 'rb') as f:
        print(f.read()[:8])
with open(p, 'wb') as f:
    f.write('abc'.encode('utf-16-le'))
t(lambda: open(p, encoding='utf-16').read())
t(lambda: open(p, encoding='utf-32').read())
with open(p, 'wb') as f:
    f.write(b'\xff\xfea\x00b')
t(lambda: open(p, encoding='utf-16').read())
t(lambda: open(p, encoding='utf-16', errors='replace').read())
with open(p, 'wb') as f:
    f.write(b'\x81abc')
t(lambda: open(p, encoding='cp1252').read())
t(lambda: open(p, encoding='nope'))
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-16')
w.write('ab'); w.flush(); print(b.getvalue())
w = io.TextIOWrapper(io.BytesIO('\ufeffxy'.encode('utf-16-be')), encoding='utf-16')
print(ascii(w.read()))
import shutil; shutil.rmtree(d)
