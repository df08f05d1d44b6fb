# zipfile.Path: the pathlib-like view, implied directories, reading, errors.
import io
import os
import tempfile
import zipfile

os.chdir(tempfile.mkdtemp())
with zipfile.ZipFile('tree.zip', 'w') as zf:
    zf.writestr('a.txt', 'content of a')
    zf.writestr('b/c.txt', 'content of c')
    zf.writestr('b/d/e.txt', 'content of e')
    zf.writestr('b/f.tar.gz', b'\x00\x01')
    zf.writestr('g/', b'')

root = zipfile.Path('tree.zip')
print(repr(root), str(root), root.name, root.filename, root.parent, root.is_dir(), root.exists())
kids = list(root.iterdir())
print(kids, type(root.root).__name__, root.root.namelist())
a, g, b = kids
print(a.name, a.is_file(), a.is_dir(), a.read_text(), a.read_bytes())
c = b / 'c.txt'
print(repr(c), str(c), c.parent, c.exists(), (b / 'missing').exists())
print(sorted(str(p) for p in b.iterdir()))
e = root.joinpath('b', 'd', 'e.txt')
print(repr(e), e.read_text(), e.stem, e.suffix, repr(root / 'b' / 'd'))
gz = b / 'f.tar.gz'
print(gz.suffix, gz.suffixes, gz.stem, gz.read_bytes())
with c.open() as f:
    print(type(f).__name__, f.read())
with c.open('rb') as f:
    print(f.read(7))
for action in (lambda: b.open(), lambda: (b / 'zz').open(), lambda: a.iterdir(),
               lambda: c.open('rb', encoding='utf-8')):
    try:
        action()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(root.root.getinfo('b/'), end=' ')
try:
    root.root.getinfo('nope/')
except KeyError as e:
    print('KeyError', e)

mem = io.BytesIO()
zf = zipfile.ZipFile(mem, 'w')
zf.writestr('x/y.txt', 'why')
p = zipfile.Path(zf)
print(type(zf).__name__, p.root is zf, [str(q) for q in p.iterdir()] if zf.filename else None)
w = p / 'x' / 'new.txt'
with w.open('w') as f:
    f.write('fresh')
zf.close()
print(zipfile.ZipFile(mem).read('x/new.txt'))
zf = zipfile.ZipFile(mem)
zf.filename = 'mem/abc.zip'
r = zipfile.Path(zf)
print(type(zf).__name__, list(r.iterdir()), r.name, str(r.parent), (r / 'x').is_dir())
