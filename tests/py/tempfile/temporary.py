# tempfile: gettempdir (TMPDIR), names (prefix, suffix, the random part's alphabet and
# length, bytes), mkstemp/mkdtemp modes and errors, NamedTemporaryFile (delete, modes,
# wrapper attributes, context manager), TemporaryFile (no name on disk),
# SpooledTemporaryFile (rollover at max_size and on fileno), TemporaryDirectory (cleanup,
# repr, read-only contents). Only names relative to the temporary directory are printed.
import os
import re
import stat
import sys
import tempfile

base = os.path.realpath(tempfile.mkdtemp(prefix='base-'))
os.environ['TMPDIR'] = base
tempfile.tempdir = None
print(tempfile.gettempdir() == base, tempfile.gettempdirb() == os.fsencode(base),
      tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template, tempfile.TMP_MAX)
os.chdir(base)

random_part = re.compile(r'[a-z0-9_]{8}$')


def rel(path):
    return os.path.relpath(path, base)


def shape(path, prefix='tmp', suffix=''):
    name = os.path.basename(path)
    assert name.startswith(prefix) and name.endswith(suffix), name
    middle = name[len(prefix):len(name) - len(suffix)]
    return bool(random_part.match(middle))


fd, path = tempfile.mkstemp()
print(type(fd).__name__, os.path.dirname(path) == base, shape(path),
      oct(stat.S_IMODE(os.stat(path).st_mode)), os.get_inheritable(fd))
os.write(fd, b'data')
os.close(fd)
fd, path2 = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir='.', text=True)
print(shape(path2, 'pre_', '.txt'), os.path.isabs(path2), rel(path2).startswith('pre_'))
os.close(fd)
fd, bpath = tempfile.mkstemp(suffix=b'.bin')
print(type(bpath).__name__, shape(os.fsdecode(bpath), 'tmp', '.bin'))
os.close(fd)
for bad in ((b'x', 'y', None), ('x', None, b'.')):
    try:
        tempfile.mkstemp(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    tempfile.mkstemp(dir='no/such/dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, rel(e.filename).startswith('no/such/dir/tmp'))
d = tempfile.mkdtemp(suffix='.d')
print(os.path.isdir(d), shape(d, 'tmp', '.d'), oct(stat.S_IMODE(os.stat(d).st_mode)))
print(type(tempfile.mkdtemp(dir=b'.')).__name__)
m = tempfile.mktemp(prefix='m', dir='.')
print(os.path.exists(m), shape(m, 'm'), m.startswith('./'))
names = set(os.path.basename(tempfile.mktemp()) for _ in range(200))
print(len(names))

# NamedTemporaryFile
f = tempfile.NamedTemporaryFile()
print(type(f).__name__, f.mode, os.path.exists(f.name), shape(f.name), f.delete,
      f.file.name == f.name, isinstance(f.name, str))
f.write(b'hello\nworld\n')
f.seek(0)
print(f.read(), f.tell(), list(f.readlines()), f.closed)
f.seek(0)
print(list(f))
name = f.name
f.close()
print(f.closed, os.path.exists(name))
f.close()
with tempfile.NamedTemporaryFile('w+', suffix='.txt', prefix='named', delete=False, encoding='utf-8') as f:
    print(f.write('text é\n'), f.encoding, f.mode, shape(f.name, 'named', '.txt'))
    kept = f.name
print(f.closed, open(kept, encoding='utf-8').read(), end='')
os.unlink(kept)
with tempfile.NamedTemporaryFile(dir='.') as f:
    print(rel(f.name).startswith('tmp'), f.write(b'a\r\nb'), f.flush())
    print(open(f.name, 'rb').read())
print(os.path.exists(f.name))
try:
    tempfile.NamedTemporaryFile(mode='q')
except ValueError as e:
    print('ValueError', e)
print(sorted(n for n in os.listdir('.') if n.startswith('tmp') and not os.path.isdir(n)) == sorted(
      os.path.basename(p) for p in (path, os.fsdecode(bpath))))

# TemporaryFile
before = set(os.listdir(base))
with tempfile.TemporaryFile() as t:
    print(type(t).__name__, type(t.name).__name__, t.mode, set(os.listdir(base)) == before)
    t.write(b'abc')
    t.seek(0)
    print(t.read())
print(t.closed)
with tempfile.TemporaryFile('w+', encoding='ascii', newline='\n') as t:
    t.write('line\n')
    t.seek(0)
    print(repr(t.read()), t.encoding, type(t).__name__)

# SpooledTemporaryFile
s = tempfile.SpooledTemporaryFile(max_size=10)
print(s._rolled, s.name, s.mode, s.closed, s.write(b'12345'), s._rolled, s.tell())
print(s.write(b'67890X'), s._rolled, s.tell(), type(s.name).__name__)
s.seek(0)
print(s.read(), s.readable(), s.writable(), s.seekable())
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(mode='w+', encoding='utf-8') as s:
    s.write('abc\ndef\n')
    s.seek(0)
    print(s.readline(), list(s), s._rolled, s.encoding, s.errors, s.newlines)
    fileno = s.fileno()
    print(s._rolled, type(fileno).__name__, s.tell())
    s.seek(0)
    print(s.read())
s = tempfile.SpooledTemporaryFile(max_size=100)
s.writelines([b'a' * 60, b'b' * 60])
print(s._rolled)
s.close()
s = tempfile.SpooledTemporaryFile(max_size=4)
s.write(b'xy')
print(s.truncate(1), s._rolled, s.truncate(20), s._rolled)
s.close()
try:
    with s:
        pass
except ValueError as e:
    print('ValueError', e)
print(tempfile.SpooledTemporaryFile.__class_getitem__(int))

# TemporaryDirectory
with tempfile.TemporaryDirectory(prefix='td') as td:
    print(shape(td, 'td'), os.path.isdir(td))
    os.makedirs(os.path.join(td, 'a', 'b'))
    with open(os.path.join(td, 'a', 'b', 'f'), 'w') as fh:
        fh.write('x')
print(os.path.exists(td))
t = tempfile.TemporaryDirectory(dir='.')
print(repr(t) == '<TemporaryDirectory %r>' % t.name, t.name.startswith('./'))
os.mkdir(os.path.join(t.name, 'ro'))
open(os.path.join(t.name, 'ro', 'f'), 'w').close()
os.chmod(os.path.join(t.name, 'ro'), 0o500)
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))
t = tempfile.TemporaryDirectory()
os.rmdir(t.name)
t.cleanup()
print(tempfile.TemporaryDirectory[str], 'ok')

os.chdir('/')
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
